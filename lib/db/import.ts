/**
 * Storing an imported caseload: in one read-write transaction, all or nothing, with no per-row
 * work that a bare write of the rows does not do beyond what the store needs (the name as the
 * initials setting says, nextDue with this calendar).
 */
import { CheckedCases } from '../cases/import-check';
import { storedName } from '../cases/input';
import type { CaseRecord } from '../cases/types';
import { CaseStoreError, parseRow, withNextDue, type StoreContext } from './cases';
import type { CaseDb } from './index';

/**
 * Rows that did not come through the import's checks (plain data, from a message or a caller of
 * the store) are checked here, each with the stored schema; ids must not repeat.
 */
function checkedByStore(rows: readonly unknown[]): readonly CaseRecord[] {
  const ids = new Set<string>();
  return rows.map((row, i) => {
    const r = parseRow(row);
    if (!r) throw new CaseStoreError(`Case ${i + 1} is not a valid case, so nothing was imported.`);
    if (ids.has(r.id))
      throw new CaseStoreError(`Case ${i + 1} repeats an earlier case, so nothing was imported.`);
    ids.add(r.id);
    return r;
  });
}

/**
 * Stores imported cases in one transaction: all or nothing. A case with the id of a stored case
 * replaces it. Names follow the initials setting; nextDue is recomputed with this calendar.
 * Cases from the import's checks (`parseJsonImport`, `parseCsvImport`) are not checked again.
 */
export async function importCases(
  db: CaseDb,
  cases: CheckedCases | readonly unknown[],
  ctx: StoreContext,
): Promise<{ added: number; replaced: number }> {
  const records = cases instanceof CheckedCases ? cases.rows : checkedByStore(cases);
  const rows = records.map((r) =>
    withNextDue(ctx.initialsOnly ? { ...r, name: storedName(r.name, true) } : r, ctx.cal),
  );
  return db.transaction('rw', db.cases, async () => {
    // The stored ids in one request (a get per imported case costs far more on a large import).
    const stored = await db.cases.toCollection().primaryKeys();
    const incoming = new Set(rows.map((r) => r.id));
    let replaced = 0;
    for (const id of stored) if (incoming.has(id)) replaced += 1;
    await db.cases.bulkPut(rows);
    return { added: rows.length - replaced, replaced };
  });
}
