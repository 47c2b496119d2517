/**
 * The case store's side of casework steps: tracking a case from its step (once, however many
 * windows ask), the person's open cases for the step's case panel, and ticking the tasks a step
 * offered in one transaction, idempotently.
 */
import { caseView, describeDue, taskIds } from '../deadlines';
import type { CaseKind, CaseRecord, TaskStatus } from '../cases/types';
import { addCase, parseRow, withNextDue, CaseStoreError, type StoreContext } from './cases';
import type { FieldError } from '../cases/input';
import type { CaseDb } from './index';

export async function openCases(db: CaseDb, personId: string): Promise<CaseRecord[]> {
  const rows = await db.cases.where('personId').equals(personId).toArray();
  return rows
    .map(parseRow)
    .filter((r): r is CaseRecord => r !== null && r.closedOn === null)
    .sort((a, b) => a.createdOn.localeCompare(b.createdOn) || a.id.localeCompare(b.id));
}

export type TrackResult =
  { ok: true; caseId: string; existed: boolean } | { ok: false; errors: FieldError[] };

/**
 * Adds the case, or finds the one already open for this person and case type: tracking a step
 * twice, or from two windows at once, leaves one case. (Writes are serialised by IndexedDB: the
 * second add sees the first's case.) Once tracked, the step is no longer "Found in Mosaic".
 */
export async function trackFromStep(
  db: CaseDb,
  input: { personId: string; name: string; kind: CaseKind; allocated: string | null },
  ctx: StoreContext,
): Promise<TrackResult> {
  const result = await addOrFind(db, input, ctx);
  if (result.ok) await db.sightings.delete([input.personId, input.kind]);
  return result;
}

async function addOrFind(
  db: CaseDb,
  input: { personId: string; name: string; kind: CaseKind; allocated: string | null },
  ctx: StoreContext,
): Promise<TrackResult> {
  const before = (await openCases(db, input.personId)).find((r) => r.kind === input.kind);
  if (before) return { ok: true, caseId: before.id, existed: true };
  const added = await addCase(db, input, ctx);
  if (added.ok) return { ok: true, caseId: added.record.id, existed: false };
  const after = (await openCases(db, input.personId)).find((r) => r.kind === input.kind);
  if (after) return { ok: true, caseId: after.id, existed: true };
  return { ok: false, errors: added.errors };
}

export interface PanelTask {
  id: string;
  description: string;
  status: TaskStatus;
  due: string | null;
  dueText: string;
  condition?: string;
}

export interface PanelCase {
  id: string;
  kind: CaseKind;
  name: string;
  status: TaskStatus;
  tasks: PanelTask[];
}

/** The person's open cases with their tasks, as the checklist words them. */
export async function casesForPanel(
  db: CaseDb,
  personId: string,
  ctx: StoreContext,
): Promise<PanelCase[]> {
  return (await openCases(db, personId)).map((record) => {
    const view = caseView(record, ctx.today, ctx.cal);
    return {
      id: record.id,
      kind: record.kind,
      name: record.name,
      status: view.status,
      tasks: view.tasks.map((t) => ({
        id: t.id,
        description: t.description,
        status: t.status,
        due: t.due,
        dueText: describeDue(t, ctx.today, ctx.cal),
        ...(t.condition ? { condition: t.condition } : {}),
      })),
    };
  });
}

const TASK_ID = /^[a-z][a-z0-9-]{0,59}$/;

/**
 * Ticks the tasks done today (`done`), or unticks them, in one transaction, and says which
 * changed. A task already ticked keeps its date (a second Finish, or a second window, changes
 * nothing); unticking only unticks what is ticked.
 */
export async function tickTasks(
  db: CaseDb,
  caseId: string,
  ids: string[],
  done: boolean,
  ctx: StoreContext,
): Promise<string[]> {
  // Checked again here (the message schema has already): the store takes nothing on trust.
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > 20 ||
    !ids.every((i) => TASK_ID.test(i))
  )
    throw new CaseStoreError('Those are not tasks of a case.');
  return db.transaction('rw', db.cases, async () => {
    const row = await db.cases.get(caseId);
    const record = row === undefined ? null : parseRow(row);
    if (!record)
      throw new CaseStoreError('That case is no longer in the checklist, so nothing was ticked.');
    const known = taskIds(record.kind);
    const bad = ids.find((id) => !known.includes(id));
    if (bad) throw new CaseStoreError(`This case has no task "${bad}".`);
    const next = { ...record.done };
    const changed: string[] = [];
    for (const id of ids) {
      if (done && !next[id]) {
        next[id] = ctx.today;
        changed.push(id);
      } else if (!done && next[id]) {
        delete next[id];
        changed.push(id);
      }
    }
    if (changed.length) await db.cases.put(withNextDue({ ...record, done: next }, ctx.cal));
    return changed;
  });
}
