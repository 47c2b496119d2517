/** act.budget-needs-purchase (lib/rules/act.budget-needs-purchase.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../lib/page/fields';
import {
  absent,
  conversation,
  findingsOf,
  IN_A_YEAR,
  ME,
  review,
  rows,
  value,
} from './snapshot-builder';

const purchase = (over: Record<string, string> = {}) => ({
  action: ACTIONS.purchase,
  worker: ME,
  ...over,
});
const carersReview = (over: Record<string, string> = {}) => ({
  action: ACTIONS.review,
  scheduledDate: IN_A_YEAR,
  team: 'Camden Carers Service',
  ...over,
});
const nfa = (over: Record<string, string> = {}) => ({
  action: ACTIONS.nfa,
  reason: 'Respite provided only',
  ...over,
});
const actions = (...list: Array<Record<string, string>>) => rows('nextActions', list);
const noFunds = [value('fundsRequired', 'No'), rows('supportPlan', [{ want: 'a', support: 'b' }])];

describe('act.budget-needs-purchase', () => {
  it('act.budget-needs-purchase fires for funds = Yes without Purchase Service', () => {
    expect(
      findingsOf('act.budget-needs-purchase', conversation(actions(carersReview()))),
    ).toHaveLength(1);
    expect(findingsOf('act.budget-needs-purchase', review(actions()))).toHaveLength(1);
  });

  it('act.budget-needs-purchase stays quiet with Purchase Service (any case), without funds, or actions not found', () => {
    expect(
      findingsOf(
        'act.budget-needs-purchase',
        conversation(
          actions(purchase({ action: 'Purchase service (Personal Budget)' }), carersReview()),
        ),
      ),
    ).toEqual([]);
    expect(
      findingsOf('act.budget-needs-purchase', conversation(...noFunds, actions(nfa()))),
    ).toEqual([]);
    expect(findingsOf('act.budget-needs-purchase', conversation(absent('nextActions')))).toEqual(
      [],
    );
  });
});
