/** s2.views-missing (lib/rules/s2.views-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { findingsOf, review, value } from './snapshot-builder';

describe('s2.views-missing', () => {
  it('s2.views-missing fires when unanswered', () => {
    expect(findingsOf('s2.views-missing', review(value('viewsConsidered', null)))).toHaveLength(1);
  });

  it('s2.views-missing stays quiet when answered', () => {
    expect(findingsOf('s2.views-missing', review())).toEqual([]);
  });
});
