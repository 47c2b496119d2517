/** act.budget-needs-review (lib/rules/act.budget-needs-review.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf } from './snapshot-builder';
import { actions, nfa, noFunds, purchase } from './next-actions-builder';

describe('act.budget-needs-review', () => {
  it('act.budget-needs-review fires for funds = Yes without Carers Review', () => {
    const f = findingsOf('act.budget-needs-review', conversation(actions(purchase())));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/reviewed in a year’s time/);
  });

  it('act.budget-needs-review stays quiet with Carers Review, or without funds', () => {
    expect(findingsOf('act.budget-needs-review', conversation())).toEqual([]);
    expect(findingsOf('act.budget-needs-review', conversation(...noFunds, actions(nfa())))).toEqual(
      [],
    );
  });
});
