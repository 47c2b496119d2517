/** s3.impact-level-mismatch (lib/rules/s3.impact-level-mismatch.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { IMPACT_LEVELS } from '../../../lib/page/fields';
import { conversation, findingsOf, ticks, value } from './snapshot-builder';

const NOT_ELIGIBLE = [
  value('healthDeteriorating', 'No'),
  ticks('wellbeingImpact', []),
  value('decision', 'Eligibility not indicated'),
];

describe('s3.impact-level-mismatch', () => {
  it('s3.impact-level-mismatch fires for impact 2 or 3 while health = No', () => {
    for (const level of [2, 3]) {
      const s = conversation(...NOT_ELIGIBLE, value('wellbeingImpactLevel', IMPACT_LEVELS[level]));
      expect(findingsOf('s3.impact-level-mismatch', s)).toHaveLength(1);
    }
  });

  it('s3.impact-level-mismatch fires for impact 0 while eligibility is indicated', () => {
    const f = findingsOf(
      's3.impact-level-mismatch',
      conversation(value('wellbeingImpactLevel', IMPACT_LEVELS[0])),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/eligibility is indicated/);
  });

  it('s3.impact-level-mismatch stays quiet for matching levels', () => {
    expect(findingsOf('s3.impact-level-mismatch', conversation())).toEqual([]);
    expect(
      findingsOf(
        's3.impact-level-mismatch',
        conversation(...NOT_ELIGIBLE, value('wellbeingImpactLevel', IMPACT_LEVELS[1])),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.impact-level-mismatch',
        conversation(
          value('healthDeteriorating', null),
          value('wellbeingImpactLevel', IMPACT_LEVELS[0]),
        ),
      ),
    ).toEqual([]);
  });
});
