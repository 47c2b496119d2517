/** act.review-team-missing (lib/rules/act.review-team-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../lib/page/fields';
import { conversation, findingsOf, IN_A_YEAR, ME, review, rows } from './snapshot-builder';

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
const actions = (...list: Array<Record<string, string>>) => rows('nextActions', list);

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
