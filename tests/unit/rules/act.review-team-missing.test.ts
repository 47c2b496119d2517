/** act.review-team-missing (lib/rules/act.review-team-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, review } from './snapshot-builder';
import { actions, carersReview, purchase } from './next-actions-builder';

describe('act.review-team-missing', () => {
  it('act.review-team-missing fires for a Carers Review without a team', () => {
    const f = findingsOf(
      'act.review-team-missing',
      conversation(actions(purchase(), carersReview({ team: '-- Please select --' }))),
    );
    expect(f).toHaveLength(1);
    expect(f[0].row).toBe(1);
  });

  it('act.review-team-missing stays quiet with a team', () => {
    expect(findingsOf('act.review-team-missing', review())).toEqual([]);
  });
});
