/** act.purchase-without-funds (lib/rules/act.purchase-without-funds.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, value } from './snapshot-builder';
import { actions, carersReview, nfa, noFunds, purchase } from './next-actions-builder';

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
