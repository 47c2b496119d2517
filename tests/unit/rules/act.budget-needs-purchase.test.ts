/** act.budget-needs-purchase (lib/rules/act.budget-needs-purchase.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, review } from './snapshot-builder';
import { actions, carersReview, nfa, noFunds, purchase } from './next-actions-builder';

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
