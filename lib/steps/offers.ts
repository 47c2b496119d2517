/**
 * Which ticks to offer when the worker does something in Mosaic (deadlines.md, "Where cases come
 * from"). Always an offer the worker confirms: this only says what to offer, never ticks.
 *
 * - Finish or Save of the assessment step of a tracked Reablement, RAS or carer's assessment:
 *   `record-assessment`, with `initial-contact` and `check-front-page` while they are still open.
 * - A Brokerage next action on a tracked case's step (seen at Finish or Save): `brokerage`.
 * - Finishing a Carers Conversation or Review of a tracked carer's assessment whose support plan
 *   has a row: `assessment-and-support-plan`.
 * Only open tasks the case has are offered; a case with nothing left to tick gets no offer.
 */
import type { CaseKind, TaskView } from '../cases/types';

export type StepEvent = 'finish' | 'save';

export interface OfferInput {
  event: StepEvent;
  /** The case type of the step (its step name, by the setting). */
  stepCaseKind: CaseKind;
  /** The page is a Carers Conversation or Carers Review step. */
  carersStep: boolean;
  /** The step shows a Brokerage next action. */
  brokerageAction: boolean;
  /** The step's support plan has at least one row (Conversation and Review only). */
  supportPlanRow: boolean;
}

/** The tracked case an offer is about: its type and its tasks as the checklist shows them. */
export interface OfferCase {
  kind: CaseKind;
  tasks: Array<Pick<TaskView, 'id' | 'status'>>;
}

const ASSESSMENTS: CaseKind[] = ['reablement', 'ras', 'carers-assessment'];
const RECORD = ['initial-contact', 'check-front-page', 'record-assessment'];

/** The task ids to offer to tick on this case, in the order of deadlines.md; empty for no offer. */
export function tasksToOffer(input: OfferInput, c: OfferCase): string[] {
  const open = new Set(c.tasks.filter((t) => t.status !== 'done').map((t) => t.id));
  const want: string[] = [];
  if (c.kind === input.stepCaseKind && ASSESSMENTS.includes(c.kind)) {
    // Only when the step is recorded does the offer include the earlier two.
    if (open.has('record-assessment')) want.push(...RECORD);
  }
  if (input.brokerageAction && c.kind === input.stepCaseKind) want.push('brokerage');
  if (
    input.event === 'finish' &&
    input.carersStep &&
    input.supportPlanRow &&
    c.kind === 'carers-assessment'
  )
    want.push('assessment-and-support-plan');
  return [...new Set(want)].filter((id) => open.has(id));
}
