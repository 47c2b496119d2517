/** s3.impact-level-missing (lib/rules/s3.impact-level-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { findingsOf, review, value } from './snapshot-builder';

describe('s3.impact-level-missing', () => {
  it('s3.impact-level-missing fires when not selected', () => {
    expect(
      findingsOf('s3.impact-level-missing', review(value('wellbeingImpactLevel', null))),
    ).toHaveLength(1);
  });

  it('s3.impact-level-missing stays quiet when selected', () => {
    expect(findingsOf('s3.impact-level-missing', review())).toEqual([]);
  });
});
