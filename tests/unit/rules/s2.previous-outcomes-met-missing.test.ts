/** s2.previous-outcomes-met-missing (lib/rules/s2.previous-outcomes-met-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, review, value } from './snapshot-builder';

describe('s2.previous-outcomes-met-missing', () => {
  it('s2.previous-outcomes-met-missing fires when unanswered', () => {
    const f = findingsOf(
      's2.previous-outcomes-met-missing',
      review(value('review.previousOutcomesMet', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/Fully met, Partially met or Not met/);
  });

  it('s2.previous-outcomes-met-missing stays quiet when answered, or on a Conversation', () => {
    expect(findingsOf('s2.previous-outcomes-met-missing', review())).toEqual([]);
    expect(
      findingsOf(
        's2.previous-outcomes-met-missing',
        conversation(value('review.previousOutcomesMet', null)),
      ),
    ).toEqual([]);
  });
});
