/**
 * The caseload as CSV (columns in docs/deadlines.md): written for spreadsheets, read back from
 * this export or from a sheet made by hand.
 */
import { todayInLondon } from '../dates';
import { CheckedCases, TOO_BIG, capped, tooBig, type ImportResult } from './import-check';
import { CASE_KINDS, CASE_KIND_NAMES, type CaseRecord } from './types';

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
  return CheckedCases.check(rows, (i) => `Row ${lines[i]}`);
}
