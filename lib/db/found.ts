/**
 * The checklist's side of "Found in Mosaic": casework steps the worker opened in the last
 * FOUND_DAYS days whose case is not tracked (no open case of that type for that person), and not
 * dismissed in those days. Rows are written by the background (lib/db/sightings.ts) and checked
 * here with its SightingSchema as they are read back: a row that does not match is not shown (the
 * daily purge removes it).
 */
import { isRealDate, subCalendarDays } from '../calendar';
import { CaseStoreError, listCases } from './cases';
import { FOUND_DAYS, SightingSchema, type Sighting } from './sightings';
import type { CaseDb } from './index';

export { SightingSchema, type Sighting };

/** The first day still in the window: seen (or dismissed) on or after it counts. */
export function foundFrom(today: string, retentionDays: number): string {
  return subCalendarDays(today, Math.min(FOUND_DAYS, retentionDays));
}

/**
 * What "Found in Mosaic" offers: seen in the window, not dismissed in it, and with no open case of
 * that type for that person. Most recently seen first.
 */
export async function listFound(
  db: CaseDb,
  today: string,
  retentionDays: number,
): Promise<Sighting[]> {
  const from = foundFrom(today, retentionDays);
  const [rows, { records }] = await Promise.all([db.sightings.toArray(), listCases(db)]);
  const open = new Set(
    records.filter((r) => r.closedOn === null).map((r) => `${r.personId} ${r.kind}`),
  );
  return rows
    .map((row) => SightingSchema.safeParse(row))
    .flatMap((r) => (r.success ? [r.data] : []))
    .filter(
      (s) =>
        s.seenOn >= from &&
        s.seenOn <= today &&
        !(s.dismissedOn !== null && s.dismissedOn >= from) &&
        !open.has(`${s.personId} ${s.kind}`),
    )
    .sort(
      (a, b) =>
        b.seenOn.localeCompare(a.seenOn) ||
        a.name.localeCompare(b.name) ||
        a.personId.localeCompare(b.personId),
    );
}

/** "Dismiss": not offered again for that person and case type for FOUND_DAYS days. */
export async function dismissFound(
  db: CaseDb,
  personId: string,
  kind: string,
  today: string,
): Promise<void> {
  if (!isRealDate(today)) throw new CaseStoreError('Today must be a real date.');
  const changed = await db.sightings.update([personId, kind], { dismissedOn: today });
  if (!changed) throw new CaseStoreError('That step is no longer in Found in Mosaic.');
}
