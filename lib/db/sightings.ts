/**
 * The background's side of "Found in Mosaic" (deadlines.md, "Where cases come from"): a casework
 * step the worker opened while its case is not tracked is remembered, one row per person and case
 * type, with the least the checklist needs to offer it (docs/privacy.md). The checklist reads and
 * dismisses the rows (lib/db/found.ts); the daily purge removes them after FOUND_DAYS at most.
 */
import * as z from 'zod/mini';
import { isRealDate, subCalendarDays } from '../calendar';
import { CASE_KINDS, type CaseKind } from '../cases/types';
import { storedName } from '../cases/input';
import { openCases } from './steps';
import type { StoreContext } from './cases';
import type { CaseDb } from './index';

/** How many days a step seen stays in "Found in Mosaic" (and a dismissal holds). */
export const FOUND_DAYS = 14;

const date = z.string().check(z.refine(isRealDate));

export const SightingSchema = z.object({
  personId: z.string().check(z.regex(/^\d{1,12}$/)),
  kind: z.enum(CASE_KINDS),
  /** The name as shown, or initials only, by the setting. */
  name: z.string().check(z.maxLength(200)),
  /** The step's name as its title showed it. */
  stepName: z.string().check(z.maxLength(100)),
  /** The London calendar date the step was last seen. */
  seenOn: date,
  /** The date of allocation the step's date stamp showed, if any. */
  allocated: z.nullable(date),
  /** The London calendar date the worker dismissed it, if they did. */
  dismissedOn: z.nullable(date),
});
export type Sighting = z.infer<typeof SightingSchema>;

export interface StepSeen {
  personId: string;
  name: string;
  kind: CaseKind;
  stepName: string;
  /** The date of allocation the step's date stamp showed, if any. */
  allocated: string | null;
}

/**
 * Records (or refreshes) the step seen today. A case of that type already open for the person:
 * nothing is kept. A dismissal is kept as it was (lib/db/found.ts decides whether it still holds).
 * The input has been checked by the message schema (lib/messages.ts, `step-seen`).
 */
export async function recordSighting(
  db: CaseDb,
  seen: StepSeen,
  ctx: StoreContext,
): Promise<boolean> {
  const key: [string, string] = [seen.personId, seen.kind];
  return db.transaction('rw', db.cases, db.sightings, async () => {
    if ((await openCases(db, seen.personId)).some((r) => r.kind === seen.kind)) {
      await db.sightings.delete(key);
      return false;
    }
    const fresh = {
      name: storedName(seen.name, ctx.initialsOnly),
      stepName: seen.stepName,
      seenOn: ctx.today,
      allocated: seen.allocated,
    };
    if (!(await db.sightings.update(key, fresh)))
      await db.sightings.add({
        personId: seen.personId,
        kind: seen.kind,
        ...fresh,
        dismissedOn: null,
      });
    return true;
  });
}

/**
 * Deletes the rows neither seen nor dismissed in the last `days` days (FOUND_DAYS, or fewer when
 * closed cases are kept for fewer days), and any row that does not match SightingSchema.
 */
export async function purgeSightings(db: CaseDb, days: number, today: string): Promise<number> {
  const from = subCalendarDays(today, days);
  return db.sightings
    .filter((row) => {
      const r = SightingSchema.safeParse(row);
      return !r.success || (r.data.seenOn < from && (r.data.dismissedOn ?? '') < from);
    })
    .delete();
}
