/**
 * Export and import of the caseload: JSON (the extension's own backup, round-trips exactly), CSV
 * (columns in docs/deadlines.md) and iCalendar (due dates as all-day events, RFC 5545).
 *
 * An import is checked whole before anything is stored: a bad file is refused with messages that
 * name the row and the problem, and what is stored does not change.
 */
import * as z from 'zod/mini';
import { addCalendarDays, isRealDate } from '../calendar';
import { taskIds } from '../deadlines';
import { todayInLondon } from '../dates';
import {
  CASE_KINDS,
  CASE_KIND_NAMES,
  CaseRecordSchema,
  type CaseKind,
  type CaseRecord,
  type CaseView,
} from './types';

export { importCases } from '../db/cases';

export const EXPORT_FORMAT = 'mosaic-companion-cases';
/** The JSON backup's version: raise it when the layout of `cases` changes, and keep reading older ones. */
export const EXPORT_VERSION = 1;
/** Files over this size are refused before they are read further. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** At most this many problems are listed; the rest are counted. */
const MAX_MESSAGES = 20;

export type ImportResult = { ok: true; records: CaseRecord[] } | { ok: false; errors: string[] };

/* ------------------------------------------------------------------ checks shared by both formats */

const FIELD_TEXT: Record<string, string> = {
  id: 'the case id',
  personId: 'the Mosaic ID',
  name: 'the name',
  kind: 'the case type',
  allocated: 'the date of allocation',
  homeVisit: 'the date of the home visit',
  serviceStart: 'the date the service starts',
  ongoingCare: 'ongoing care needed',
  oneOffPayment: "the one-off carer's payment",
  reviewDate: 'the review date',
  done: 'the ticked tasks',
  closedOn: 'the date the case was closed',
  createdOn: 'the date the case was added',
  nextDue: 'the next due date',
};

const FIELD_RULE: Record<string, string> = {
  id: 'must be some text',
  personId: 'must be digits only, up to 12 of them',
  name: 'must be text of 200 characters or fewer',
  kind: `must be one of ${CASE_KINDS.join(', ')}`,
  ongoingCare: 'must be yes, no or empty (not known yet)',
  oneOffPayment: 'must be yes or no',
  done: 'must list task ids with the dates they were done',
};
const DATE_RULE = 'must be a real date written yyyy-mm-dd';

const realDate = z.string().check(z.refine(isRealDate, DATE_RULE));

/** Stricter than the stored schema: dates must be real ones, ticks must be tasks of the case type. */
const ImportRecordSchema = z
  .extend(CaseRecordSchema, {
    allocated: z.nullable(realDate),
    homeVisit: z.nullable(realDate),
    serviceStart: z.nullable(realDate),
    reviewDate: z.nullable(realDate),
    done: z.record(z.string(), realDate),
    closedOn: z.nullable(realDate),
    createdOn: realDate,
    nextDue: z.nullable(realDate),
  })
  .check(
    z.superRefine((r, ctx) => {
      const known = taskIds(r.kind);
      for (const task of Object.keys(r.done)) {
        if (!known.includes(task)) {
          ctx.addIssue({
            code: 'custom',
            path: ['done'],
            message: `"${task}" is not a task of a ${CASE_KIND_NAMES[r.kind]} case`,
          });
        }
      }
    }),
  );

function issueText(issue: z.core.$ZodIssue, row: Record<string, unknown>): string {
  const field = String(issue.path[0] ?? '');
  if (field === 'done' && issue.path.length > 1)
    return `the date ticked for "${String(issue.path[1])}" ${DATE_RULE}`;
  if (issue.code === 'custom') {
    return issue.message === DATE_RULE
      ? `${FIELD_TEXT[field] ?? field} ${DATE_RULE}`
      : issue.message;
  }
  const what = FIELD_TEXT[field] ?? (field ? `"${field}"` : 'the case');
  if (field && row[field] === undefined) return `${what} is missing`;
  const rule = FIELD_RULE[field] ?? (field in FIELD_TEXT ? DATE_RULE : 'is not valid');
  return `${what} ${rule}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function whoOf(row: unknown): string {
  const id = (row as { personId?: unknown } | null)?.personId;
  return typeof id === 'string' && /^\d{1,12}$/.test(id) ? ` (Mosaic ID ${id})` : '';
}

/** Validates rows; `label(i)` names row i in messages ("Case 3", "Row 4"). */
function checkRows(rows: unknown[], label: (i: number) => string): ImportResult {
  const errors: string[] = [];
  const records: CaseRecord[] = [];
  const byId = new Map<string, number>();
  const byContent = new Map<string, number>();
  rows.forEach((row, i) => {
    const parsed = ImportRecordSchema.safeParse(row);
    if (!parsed.success) {
      const obj = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
      const problems = [...new Set(parsed.error.issues.map((issue) => issueText(issue, obj)))];
      errors.push(`${label(i)}${whoOf(row)}: ${capitalise(problems.join('; '))}.`);
      return;
    }
    const r = parsed.data;
    const sameId = byId.get(r.id);
    if (sameId !== undefined) {
      errors.push(
        `${label(i)}${whoOf(r)}: it has the same case id as ${label(sameId).toLowerCase()}.`,
      );
      return;
    }
    byId.set(r.id, i);
    if (r.closedOn === null) {
      const key = [r.personId, r.kind, r.allocated, r.reviewDate].join('|');
      const same = byContent.get(key);
      if (same !== undefined) {
        errors.push(
          `${label(i)}${whoOf(r)}: it repeats ${label(same).toLowerCase()} (the same Mosaic ID, case type and dates).`,
        );
        return;
      }
      byContent.set(key, i);
    }
    records.push(r);
  });
  return errors.length ? { ok: false, errors: capped(errors) } : { ok: true, records };
}

function capped(errors: string[]): string[] {
  if (errors.length <= MAX_MESSAGES) return errors;
  return [...errors.slice(0, MAX_MESSAGES), `…and ${errors.length - MAX_MESSAGES} more problems.`];
}

function tooBig(text: string): boolean {
  if (text.length > MAX_IMPORT_BYTES) return true;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;
}

const TOO_BIG = 'The file is larger than 10 MB, so it was not imported. Nothing was changed.';

/* ------------------------------------------------------------------ JSON */

/** The extension's own backup: every case exactly as stored. */
export function exportJson(records: CaseRecord[], exportedOn: string): string {
  const cases = records.map((r) => CaseRecordSchema.parse(r));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedOn, cases }, null, 1)}\n`;
}

export function parseJsonImport(text: string): ImportResult {
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read.'] };
  if (tooBig(text)) return { ok: false, errors: [TOO_BIG] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      errors: ['The file is not a Mosaic Companion backup: it is not valid JSON.'],
    };
  }
  const head = z
    .object({
      format: z.literal(EXPORT_FORMAT),
      version: z.number().check(z.int(), z.gte(1)),
      cases: z.array(z.unknown()),
    })
    .safeParse(data);
  if (!head.success) {
    const v = (data as { format?: unknown; version?: unknown } | null)?.version;
    const isOurs = (data as { format?: unknown } | null)?.format === EXPORT_FORMAT;
    if (isOurs && typeof v === 'number' && Number.isInteger(v) && v > EXPORT_VERSION) {
      return newer(v);
    }
    return {
      ok: false,
      errors: [
        isOurs
          ? 'The backup is damaged: it needs a whole-number version and a list of cases.'
          : 'The file is not a Mosaic Companion backup (it has no "format": "mosaic-companion-cases").',
      ],
    };
  }
  if (head.data.version > EXPORT_VERSION) return newer(head.data.version);
  return checkRows(head.data.cases, (i) => `Case ${i + 1}`);
}

function newer(version: number): ImportResult {
  return {
    ok: false,
    errors: [
      `The backup was written by a newer version of Mosaic Companion (file version ${version}; this version reads up to ${EXPORT_VERSION}). Update the extension and try again. Nothing was changed.`,
    ],
  };
}

/* ------------------------------------------------------------------ CSV */

/** The CSV columns, in order (docs/deadlines.md). */
export const CSV_COLUMNS = [
  'id',
  'personId',
  'name',
  'kind',
  'allocated',
  'homeVisit',
  'serviceStart',
  'ongoingCare',
  'oneOffPayment',
  'reviewDate',
  'done',
  'closedOn',
  'createdOn',
  'nextDue',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: CsvColumn[] = ['personId', 'name', 'kind'];

/** Header texts accepted besides the column ids (the add-case form's labels). */
const COLUMN_ALIASES: Record<string, CsvColumn> = {
  'mosaic id': 'personId',
  'case type': 'kind',
  'date of allocation': 'allocated',
  'date of home visit': 'homeVisit',
  'date the service starts': 'serviceStart',
  'ongoing care needed': 'ongoingCare',
  "one-off carer's payment": 'oneOffPayment',
  'review date': 'reviewDate',
};

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** Spreadsheets run text starting with these as a formula: such names are written with a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function exportCsv(records: CaseRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    const cells: Record<CsvColumn, string> = {
      id: r.id,
      personId: r.personId,
      name: FORMULA_START.test(r.name) ? `'${r.name}` : r.name,
      kind: r.kind,
      allocated: r.allocated ?? '',
      homeVisit: r.homeVisit ?? '',
      serviceStart: r.serviceStart ?? '',
      ongoingCare: r.ongoingCare === null ? '' : r.ongoingCare ? 'yes' : 'no',
      oneOffPayment: r.oneOffPayment ? 'yes' : 'no',
      reviewDate: r.reviewDate ?? '',
      done: Object.entries(r.done)
        .map(([task, date]) => `${task}=${date}`)
        .join('; '),
      closedOn: r.closedOn ?? '',
      createdOn: r.createdOn,
      nextDue: r.nextDue ?? '',
    };
    lines.push(CSV_COLUMNS.map((c) => csvField(cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 records; each with the line it starts on. Throws a plain message on an unclosed quote. */
function splitCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0].trim() === '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (quoted) throw new Error(`Row ${rowLine} has a quotation mark that is never closed.`);
  if (cell !== '' || cells.length) endRow();
  return rows;
}

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** yyyy-mm-dd, or dd/mm/yyyy as spreadsheets in the UK save dates. */
function csvDate(value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  const uk = UK_DATE.exec(v);
  if (uk) return `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}`;
  return v;
}

function csvYesNo(value: string, blank: boolean | null): unknown {
  const v = value.trim().toLowerCase();
  if (v === '') return blank;
  if (['yes', 'y', 'true'].includes(v)) return true;
  if (['no', 'n', 'false'].includes(v)) return false;
  return value;
}

function csvKind(value: string): unknown {
  const v = value.trim();
  const byName = CASE_KINDS.find((k) => CASE_KIND_NAMES[k].toLowerCase() === v.toLowerCase());
  return byName ?? v;
}

function csvDone(value: string): unknown {
  const done: Record<string, unknown> = {};
  for (const part of value.split(';')) {
    if (part.trim() === '') continue;
    const [task, date, ...rest] = part.split('=');
    if (date === undefined || rest.length) return value;
    done[task.trim()] = csvDate(date) ?? '';
  }
  return done;
}

/**
 * Reads a CSV file written by `exportCsv` or by hand in a spreadsheet. Rows are numbered as a
 * spreadsheet shows them: the header is row 1. Columns other than personId, name and kind may be
 * left out; a missing id is made up, a missing createdOn is today.
 */
export function parseCsvImport(text: string, today: string = todayInLondon()): ImportResult {
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read.'] };
  if (tooBig(text)) return { ok: false, errors: [TOO_BIG] };
  let table: { line: number; cells: string[] }[];
  try {
    table = splitCsv(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`${(e as Error).message} Nothing was imported.`] };
  }
  if (table.length === 0) return { ok: false, errors: ['The file is empty.'] };
  const header = table[0].cells.map((h) => h.trim());
  const columns: (CsvColumn | null)[] = header.map((h) => {
    const exact = CSV_COLUMNS.find((c) => c.toLowerCase() === h.toLowerCase());
    return exact ?? COLUMN_ALIASES[h.toLowerCase()] ?? null;
  });
  const errors: string[] = [];
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    errors.push(
      `The file has no ${missing.map((c) => `"${c}"`).join(', ')} column${missing.length > 1 ? 's' : ''}. The first row must name the columns (see the list in the guide).`,
    );
  }
  header.forEach((h, i) => {
    if (columns[i] === null && h !== '')
      errors.push(`Column ${i + 1} ("${h}") is not one this extension knows.`);
    else if (columns[i] !== null && columns.indexOf(columns[i]) !== i)
      errors.push(`The column "${h}" appears twice.`);
  });
  if (errors.length) return { ok: false, errors };

  const rows: unknown[] = [];
  const lines: number[] = [];
  const shapeErrors: string[] = [];
  for (const { line, cells } of table.slice(1)) {
    if (cells.length !== header.length) {
      shapeErrors.push(
        `Row ${line} has ${cells.length} values but the first row names ${header.length} columns.`,
      );
      continue;
    }
    const raw: Partial<Record<CsvColumn, string>> = {};
    columns.forEach((c, i) => {
      if (c) raw[c] = cells[i];
    });
    const name = (raw.name ?? '').trim();
    rows.push({
      id: raw.id?.trim() || crypto.randomUUID(),
      personId: (raw.personId ?? '').trim(),
      name: /^'[=+\-@\t\r]/.test(name) ? name.slice(1) : name,
      kind: csvKind(raw.kind ?? ''),
      allocated: csvDate(raw.allocated ?? ''),
      homeVisit: csvDate(raw.homeVisit ?? ''),
      serviceStart: csvDate(raw.serviceStart ?? ''),
      ongoingCare: csvYesNo(raw.ongoingCare ?? '', null),
      oneOffPayment: csvYesNo(raw.oneOffPayment ?? '', false),
      reviewDate: csvDate(raw.reviewDate ?? ''),
      done: csvDone(raw.done ?? ''),
      closedOn: csvDate(raw.closedOn ?? ''),
      createdOn: csvDate(raw.createdOn ?? '') ?? today,
      nextDue: csvDate(raw.nextDue ?? ''),
    });
    lines.push(line);
  }
  if (shapeErrors.length) return { ok: false, errors: capped(shapeErrors) };
  if (rows.length === 0) return { ok: false, errors: ['The file has a header row but no cases.'] };
  return checkRows(rows, (i) => `Row ${lines[i]}`);
}

/* ------------------------------------------------------------------ iCalendar */

function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** An instant (a Date, ISO text, or a yyyy-mm-dd date taken as midnight UTC) as a UTC DATE-TIME. */
function icsStamp(now: string | Date): string {
  const d = now instanceof Date ? now : new Date(isRealDate(now) ? `${now}T00:00:00Z` : now);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date and time: ${String(now)}`);
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** All-day events for the due dates of open tasks, for Outlook and other calendars. */
export function exportIcs(views: CaseView[], now: string | Date): string {
  const stamp = icsStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mosaic Companion//Casework deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Casework deadlines',
  ];
  for (const view of views) {
    const r = view.record;
    if (r.closedOn !== null) continue;
    for (const task of view.tasks) {
      if (task.status === 'done' || task.due === null) continue;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${r.id}-${task.id}@mosaic-companion`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${icsDate(task.due)}`,
        `DTEND;VALUE=DATE:${icsDate(addCalendarDays(task.due, 1))}`,
        `SUMMARY:${icsEscape(`${task.description} – ${r.name} (Mosaic ID ${r.personId})`)}`,
        `DESCRIPTION:${icsEscape(`${CASE_KIND_NAMES[r.kind as CaseKind]} case for ${r.name}, Mosaic ID ${r.personId}.`)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
