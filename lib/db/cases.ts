/**
 * Reading and writing cases. Every input is validated with zod before anything is written, every
 * row read back is validated with CaseRecordSchema (a corrupt row is skipped and counted), and
 * `nextDue` (the earliest due date of the open tasks, indexed for the badge) is recomputed on every
 * write.
 */
import * as z from 'zod/mini';
import { caseView, computeNextDue, taskIds } from '../deadlines';
import { isRealDate, subCalendarDays, type WorkingCalendar } from '../calendar';
import { CaseRecordSchema, STATUS_ORDER, type CaseRecord, type CaseView } from '../cases/types';
import {
  NewCaseSchema as NewCaseInputSchema,
  PATCHABLE_FIELDS,
  fieldErrors,
  fieldsForKind,
  recordAsInput,
  storedName,
  type FieldError,
  type NewCase,
} from '../cases/input';
import type { CaseDb } from './index';

export { CaseDb };
export const NewCaseSchema = NewCaseInputSchema;

export interface StoreContext {
  /** Today in Europe/London (yyyy-mm-dd). */
  today: string;
  cal: WorkingCalendar;
  initialsOnly: boolean;
}

export type AddResult = { ok: true; record: CaseRecord } | { ok: false; errors: FieldError[] };

/** A plain-English failure the checklist can show as it is. */
export class CaseStoreError extends Error {
  override name = 'CaseStoreError';
}

const NOT_FOUND =
  'That case is no longer in the checklist. It may have been deleted or closed and cleared.';
const CORRUPT =
  'That case could not be read back from the browser storage, so it was left unchanged.';

/** A stored row, or null when it does not match the schema. */
export function parseRow(row: unknown): CaseRecord | null {
  const r = CaseRecordSchema.safeParse(row);
  return r.success ? r.data : null;
}

/** The record with its nextDue made right. */
export function withNextDue(record: CaseRecord, cal: WorkingCalendar): CaseRecord {
  return { ...record, nextDue: computeNextDue(record, cal) };
}

/** A new case's id (also for the Carers Reviews of reviews.ts). */
export function newId(): string {
  return crypto.randomUUID();
}

function build(
  c: NewCase,
  ctx: StoreContext,
  base: Pick<CaseRecord, 'id' | 'done' | 'closedOn' | 'createdOn'>,
): CaseRecord {
  const record: CaseRecord = {
    ...base,
    personId: c.personId,
    name: storedName(c.name, ctx.initialsOnly),
    ...fieldsForKind(c),
    nextDue: null,
  };
  return withNextDue(CaseRecordSchema.parse(record), ctx.cal);
}

async function getRecord(db: CaseDb, caseId: string): Promise<CaseRecord> {
  if (typeof caseId !== 'string' || caseId === '') throw new CaseStoreError(NOT_FOUND);
  const row = await db.cases.get(caseId);
  if (row === undefined) throw new CaseStoreError(NOT_FOUND);
  const record = parseRow(row);
  if (!record) throw new CaseStoreError(CORRUPT);
  return record;
}

/** The person's cases of one kind, valid rows only (also for reviews.ts). */
export async function openCasesOf(
  db: CaseDb,
  personId: string,
  kind: CaseRecord['kind'],
): Promise<CaseRecord[]> {
  const rows = await db.cases.where('[personId+kind]').equals([personId, kind]).toArray();
  return rows.map(parseRow).filter((r): r is CaseRecord => r !== null);
}

/** Adds a case entered by hand. Invalid input gets one message per field and nothing is saved. */
export async function addCase(db: CaseDb, input: unknown, ctx: StoreContext): Promise<AddResult> {
  const parsed = NewCaseSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const c = parsed.data;
  return db.transaction('rw', db.cases, async () => {
    const existing = (await openCasesOf(db, c.personId, c.kind)).filter((r) => r.closedOn === null);
    const same = existing.find((r) => c.kind !== 'carers-review' || r.reviewDate === c.reviewDate);
    if (same) {
      return {
        ok: false as const,
        errors: [
          {
            field: 'personId',
            message: `There is already an open ${kindName(c.kind)} case for Mosaic ID ${c.personId}.`,
          },
        ],
      };
    }
    const record = build(c, ctx, { id: newId(), done: {}, closedOn: null, createdOn: ctx.today });
    await db.cases.add(record);
    return { ok: true as const, record };
  });
}

function kindName(kind: CaseRecord['kind']): string {
  return {
    reablement: 'Reablement assessment',
    ras: 'RAS assessment',
    'carers-assessment': "carer's assessment",
    'carers-review': 'Carers Review',
  }[kind];
}

/** Every valid case; rows that do not match the schema are counted and skipped, never thrown. */
export async function listCases(db: CaseDb): Promise<{ records: CaseRecord[]; corrupt: number }> {
  const rows = await db.cases.toArray();
  const records: CaseRecord[] = [];
  let corrupt = 0;
  for (const row of rows) {
    const r = parseRow(row);
    if (r) records.push(r);
    else corrupt += 1;
  }
  return { records, corrupt };
}

const rank = (v: CaseView) => STATUS_ORDER.indexOf(v.status);

/** Open cases first, most urgent first; then closed cases. */
export function compareViews(a: CaseView, b: CaseView): number {
  const closed = Number(a.record.closedOn !== null) - Number(b.record.closedOn !== null);
  return (
    closed ||
    rank(a) - rank(b) ||
    (a.next?.due ?? '9999').localeCompare(b.next?.due ?? '9999') ||
    a.record.name.localeCompare(b.record.name) ||
    a.record.id.localeCompare(b.record.id)
  );
}

export async function listCaseViews(
  db: CaseDb,
  ctx: StoreContext,
): Promise<{ views: CaseView[]; corrupt: number }> {
  const { records, corrupt } = await listCases(db);
  const views = records.map((r) => caseView(r, ctx.today, ctx.cal)).sort(compareViews);
  return { views, corrupt };
}

const DoneOnSchema = z.nullable(
  z
    .string({ error: 'The date a task was done must be a date.' })
    .check(z.refine(isRealDate, 'The date a task was done must be a real date.')),
);

/** Ticks a task done on `doneOn`, or unticks it (null). */
export async function tickTask(
  db: CaseDb,
  caseId: string,
  taskId: string,
  doneOn: string | null,
  ctx: StoreContext,
): Promise<CaseRecord> {
  const date = DoneOnSchema.safeParse(doneOn);
  if (!date.success) throw new CaseStoreError(date.error.issues[0].message);
  return db.transaction('rw', db.cases, async () => {
    const record = await getRecord(db, caseId);
    if (!taskIds(record.kind).includes(taskId)) {
      throw new CaseStoreError(`A ${kindName(record.kind)} case has no task "${String(taskId)}".`);
    }
    const done = { ...record.done };
    if (date.data === null) delete done[taskId];
    else done[taskId] = date.data;
    const next = withNextDue({ ...record, done }, ctx.cal);
    await db.cases.put(next);
    return next;
  });
}

/** Changes a case's details (dates, ongoing care, one-off payment, name). Only the fields given change. */
export async function updateCase(
  db: CaseDb,
  caseId: string,
  patch: unknown,
  ctx: StoreContext,
): Promise<AddResult> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return { ok: false, errors: [{ field: '', message: 'There was nothing to change.' }] };
  }
  return db.transaction('rw', db.cases, async () => {
    const record = await getRecord(db, caseId);
    const merged: Record<string, unknown> = recordAsInput(record);
    for (const field of PATCHABLE_FIELDS) {
      if (Object.prototype.hasOwnProperty.call(patch, field))
        merged[field] = (patch as Record<string, unknown>)[field];
    }
    const parsed = NewCaseSchema.safeParse(merged);
    if (!parsed.success) return { ok: false as const, errors: fieldErrors(parsed.error) };
    const nameChanged = Object.prototype.hasOwnProperty.call(patch, 'name');
    const next = build(
      { ...parsed.data, name: nameChanged ? parsed.data.name : record.name },
      { ...ctx, initialsOnly: nameChanged && ctx.initialsOnly },
      { id: record.id, done: record.done, closedOn: record.closedOn, createdOn: record.createdOn },
    );
    await db.cases.put(next);
    return { ok: true as const, record: next };
  });
}

/** Closes a case today: it has no open tasks from now on. */
export async function closeCase(db: CaseDb, caseId: string, ctx: StoreContext): Promise<void> {
  await db.transaction('rw', db.cases, async () => {
    const record = await getRecord(db, caseId);
    if (record.closedOn !== null) return;
    await db.cases.put(withNextDue({ ...record, closedOn: ctx.today }, ctx.cal));
  });
}

export async function reopenCase(db: CaseDb, caseId: string, ctx: StoreContext): Promise<void> {
  await db.transaction('rw', db.cases, async () => {
    const record = await getRecord(db, caseId);
    await db.cases.put(withNextDue({ ...record, closedOn: null }, ctx.cal));
  });
}

export async function deleteCase(db: CaseDb, caseId: string): Promise<void> {
  if (typeof caseId !== 'string' || caseId === '') throw new CaseStoreError(NOT_FOUND);
  await db.cases.delete(caseId);
}

/**
 * The badge counts, from the nextDue index alone: cases whose earliest open due date is before
 * today are overdue; cases whose earliest is today are due today (and have nothing overdue).
 */
export async function countBadge(
  db: CaseDb,
  today: string,
): Promise<{ overdue: number; dueToday: number }> {
  if (!isRealDate(today)) throw new CaseStoreError('Today must be a real date.');
  return db.transaction('r', db.cases, async () => ({
    overdue: await db.cases.where('nextDue').below(today).count(),
    dueToday: await db.cases.where('nextDue').equals(today).count(),
  }));
}

/** Deletes closed cases closed more than `retentionDays` ago; returns how many. Open cases are never deleted. */
export async function purgeClosed(
  db: CaseDb,
  retentionDays: number,
  today: string,
): Promise<number> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new CaseStoreError(
      'The number of days to keep closed cases must be a whole number, 1 or more.',
    );
  }
  if (!isRealDate(today)) throw new CaseStoreError('Today must be a real date.');
  const cutoff = subCalendarDays(today, retentionDays);
  return db.cases.where('closedOn').below(cutoff).delete();
}

/** Recomputes every case's nextDue (after the council's closure days change). */
export async function recomputeAll(db: CaseDb, ctx: StoreContext): Promise<void> {
  await db.transaction('rw', db.cases, async () => {
    const { records } = await listCases(db);
    const changed = records
      .map((r) => ({ before: r.nextDue, after: withNextDue(r, ctx.cal) }))
      .filter((x) => x.before !== x.after.nextDue)
      .map((x) => x.after);
    if (changed.length) await db.cases.bulkPut(changed);
  });
}

/** Views of the cases, for callers that hold records already. */
export function viewsOf(records: CaseRecord[], ctx: StoreContext): CaseView[] {
  return records.map((r) => caseView(r, ctx.today, ctx.cal)).sort(compareViews);
}
