/**
 * The Carers Reviews the sidebar records: a Conversation or Review finished with a Carers Review
 * next action adds one, and a person's waiting review is flagged on their next Conversation. The
 * input is validated with zod before anything is written, as every write of cases.ts is.
 */
import * as z from 'zod/mini';
import { isRealDate } from '../calendar';
import { CaseRecordSchema, type CaseRecord } from '../cases/types';
import { storedName } from '../cases/input';
import { addCalendarMonths } from '../deadlines';
import {
  CaseStoreError,
  newId,
  openCasesOf,
  withNextDue,
  type CaseDb,
  type StoreContext,
} from './cases';

const personIdSchema = z
  .string()
  .check(z.regex(/^\d{1,12}$/, 'The Mosaic ID must be digits only, up to 12 of them.'));

export const RecordReviewSchema = z.object({
  personId: personIdSchema,
  name: z.string().check(z.trim(), z.maxLength(200, 'The name must be 200 characters or fewer.')),
  scheduledDate: z.nullable(
    z.string().check(z.refine(isRealDate, 'The scheduled date must be a real date.')),
  ),
  finishedOn: z
    .string()
    .check(z.refine(isRealDate, 'The date it was finished must be a real date.')),
});

/**
 * A Conversation or Review finished with a Carers Review next action: one `carers-review` case per
 * person and review date, however often it is finished. Finishing the same step again (same
 * person, same finishing date) with a changed scheduled date moves the open review to the new date.
 */
export async function recordReview(
  db: CaseDb,
  input: { personId: string; name: string; scheduledDate: string | null; finishedOn: string },
  ctx: StoreContext,
): Promise<{ created: boolean; record: CaseRecord }> {
  const parsed = RecordReviewSchema.safeParse(input);
  if (!parsed.success) throw new CaseStoreError(parsed.error.issues[0].message);
  const { personId, name, scheduledDate, finishedOn } = parsed.data;
  const due = scheduledDate ?? addCalendarMonths(finishedOn, 12);
  return db.transaction('rw', db.cases, async () => {
    const reviews = await openCasesOf(db, personId, 'carers-review');
    const dueOf = (r: CaseRecord) =>
      r.reviewDate ?? (r.allocated ? addCalendarMonths(r.allocated, 12) : null);
    const same = reviews.find((r) => dueOf(r) === due);
    if (same) return { created: false, record: same };
    const refinished = reviews.find(
      (r) => r.closedOn === null && !r.done['carers-review'] && r.allocated === finishedOn,
    );
    if (refinished) {
      const moved = withNextDue({ ...refinished, reviewDate: scheduledDate }, ctx.cal);
      await db.cases.put(moved);
      return { created: false, record: moved };
    }
    const record = withNextDue(
      CaseRecordSchema.parse({
        id: newId(),
        personId,
        name: storedName(name, ctx.initialsOnly),
        kind: 'carers-review',
        allocated: finishedOn,
        homeVisit: null,
        serviceStart: null,
        ongoingCare: null,
        oneOffPayment: false,
        reviewDate: scheduledDate,
        done: {},
        closedOn: null,
        createdOn: ctx.today,
        nextDue: null,
      }),
      ctx.cal,
    );
    await db.cases.add(record);
    return { created: true, record };
  });
}

/** Is there an open Carers Review, not yet done, for this person? */
export async function hasWaitingReview(db: CaseDb, personId: string): Promise<boolean> {
  if (!personIdSchema.safeParse(personId).success) return false;
  const reviews = await openCasesOf(db, personId, 'carers-review');
  return reviews.some((r) => r.closedOn === null && !r.done['carers-review']);
}
