/** s2.review-text-missing (lib/rules/s2.review-text-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, review, value } from './snapshot-builder';

describe('s2.review-text-missing', () => {
  it('s2.review-text-missing fires once per empty review box', () => {
    const f = findingsOf(
      's2.review-text-missing',
      review(value('review.supportWorking', null), value('review.whatChanged', '')),
    );
    expect(f.map((x) => x.field)).toEqual(['review.supportWorking', 'review.whatChanged']);
  });

  it('s2.review-text-missing stays quiet when completed, and on a Conversation', () => {
    expect(findingsOf('s2.review-text-missing', review())).toEqual([]);
    expect(
      findingsOf('s2.review-text-missing', conversation(value('review.supportWorking', null))),
    ).toEqual([]);
  });
});
