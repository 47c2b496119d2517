/** act.review-date-off (lib/rules/act.review-date-off.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, ctx, findingsOf } from './snapshot-builder';
import { actions, carersReview, nfa, noFunds, purchase } from './next-actions-builder';

describe('act.review-date-off', () => {
  it.each(['', '10/03/2025', '09/02/2026', '11/04/2026', '31/02/2026', 'next year'])(
    'act.review-date-off fires for the scheduled date %j (today 10/03/2025)',
    (date) => {
      const f = findingsOf(
        'act.review-date-off',
        conversation(actions(purchase(), carersReview({ scheduledDate: date }))),
      );
      expect(f).toHaveLength(1);
      expect(f[0].severity).toBe('warning');
      expect(f[0].message).toContain('between 10/02/2026 and 10/04/2026');
    },
  );

  it.each(['10/02/2026', '10/03/2026', '10/04/2026', '1/3/2026', '2026-03-10'])(
    'act.review-date-off stays quiet for the scheduled date %j (today 10/03/2025)',
    (date) => {
      expect(
        findingsOf(
          'act.review-date-off',
          conversation(actions(purchase(), carersReview({ scheduledDate: date }))),
        ),
      ).toEqual([]);
    },
  );

  it('act.review-date-off stays quiet without a Carers Review, and uses ctx.today (month ends clamp)', () => {
    expect(findingsOf('act.review-date-off', conversation(...noFunds, actions(nfa())))).toEqual([]);
    const s = conversation(actions(purchase(), carersReview({ scheduledDate: '28/02/2025' })));
    expect(findingsOf('act.review-date-off', s, ctx({ today: '2024-03-31' }))).toEqual([]);
    const early = conversation(actions(purchase(), carersReview({ scheduledDate: '27/02/2025' })));
    expect(findingsOf('act.review-date-off', early, ctx({ today: '2024-03-31' }))).toHaveLength(1);
  });
});
