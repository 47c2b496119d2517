/** s3.health-missing (lib/rules/s3.health-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, ticks, value } from './snapshot-builder';

const NOT_ELIGIBLE = [
  value('healthDeteriorating', 'No'),
  ticks('wellbeingImpact', []),
  value('decision', 'Eligibility not indicated'),
];

describe('s3.health-missing', () => {
  it('s3.health-missing fires when unanswered', () => {
    expect(
      findingsOf('s3.health-missing', conversation(value('healthDeteriorating', null))),
    ).toHaveLength(1);
  });

  it('s3.health-missing stays quiet when answered', () => {
    expect(findingsOf('s3.health-missing', conversation(...NOT_ELIGIBLE))).toEqual([]);
  });
});
