/**
 * The checks every imported file goes through, whatever its format: each row with the import's
 * zod schema (stricter than the stored one: real dates, ticks that are tasks of the case type), no
 * two rows with one case id, no open case twice. Problems are named by row, in plain words.
 */
import * as z from 'zod/mini';
import { isRealDate } from '../calendar';
import { taskIds } from '../deadlines';
import {
  CASE_KINDS,
  CASE_KIND_NAMES,
  CaseRecordSchema,
  type CaseKind,
  type CaseRecord,
} from './types';

/** Files over this size are refused before they are read further. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** At most this many problems are listed; the rest are counted. */
const MAX_MESSAGES = 20;

export type ImportResult = { ok: true; records: CheckedCases } | { ok: false; errors: string[] };

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

/** The task ids of each case type, for the check of every imported case's ticks. */
const TASK_IDS: Record<CaseKind, ReadonlySet<string>> = {
  reablement: new Set(taskIds('reablement')),
  ras: new Set(taskIds('ras')),
  'carers-assessment': new Set(taskIds('carers-assessment')),
  'carers-review': new Set(taskIds('carers-review')),
};

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
      for (const task of Object.keys(r.done)) {
        if (!TASK_IDS[r.kind].has(task)) {
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

/**
 * Cases that passed the import's checks, row by row: made only by `CheckedCases.check`, so the
 * store can write them without checking each row again (lib/db/import.ts). Rows from anywhere
 * else (plain data, a message) are not `CheckedCases` and are checked by the store itself.
 */
export class CheckedCases {
  private constructor(readonly rows: readonly CaseRecord[]) {}

  get length(): number {
    return this.rows.length;
  }

  /** Checks every row; `label(i)` names row i in messages ("Case 3", "Row 4"). */
  static check(rows: unknown[], label: (i: number) => string): ImportResult {
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
    if (errors.length) return { ok: false, errors: capped(errors) };
    return { ok: true, records: new CheckedCases(records) };
  }
}

export function capped(errors: string[]): string[] {
  if (errors.length <= MAX_MESSAGES) return errors;
  return [...errors.slice(0, MAX_MESSAGES), `…and ${errors.length - MAX_MESSAGES} more problems.`];
}

export function tooBig(text: string): boolean {
  if (text.length > MAX_IMPORT_BYTES) return true;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;
}

export const TOO_BIG =
  'The file is larger than 10 MB, so it was not imported. Nothing was changed.';
