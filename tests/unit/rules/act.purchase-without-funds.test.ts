/** act.purchase-without-funds (lib/rules/act.purchase-without-funds.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../lib/page/fields';
import { conversation, findingsOf, IN_A_YEAR, ME, rows, value } from './snapshot-builder';

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

describe('act.purchase-without-funds', () => {
  it('act.purchase-without-funds fires for Purchase Service while funds are not Yes', () => {
    for (const funds of ['No', null]) {
      const f = findingsOf(
        'act.purchase-without-funds',
        conversation(value('fundsRequired', funds), actions(purchase(), carersReview())),
      );
      expect(f).toHaveLength(1);
      expect(f[0].row).toBe(0);
    }
  });

  it('act.purchase-without-funds stays quiet with funds = Yes, or without Purchase Service', () => {
    expect(findingsOf('act.purchase-without-funds', conversation())).toEqual([]);
    expect(
      findingsOf('act.purchase-without-funds', conversation(...noFunds, actions(nfa()))),
    ).toEqual([]);
  });
});
