/** s3.funds-not-eligible (lib/rules/s3.funds-not-eligible.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, ticks, value } from './snapshot-builder';

const NOT_ELIGIBLE = [
  value('healthDeteriorating', 'No'),
  ticks('wellbeingImpact', []),
  value('decision', 'Eligibility not indicated'),
];

describe('s3.funds-not-eligible', () => {
  it('s3.funds-not-eligible fires for funds = Yes while the computed decision is not-eligible', () => {
    const f = findingsOf('s3.funds-not-eligible', conversation(...NOT_ELIGIBLE));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('fundsRequired');
  });

  it('s3.funds-not-eligible stays quiet while the decision is eligible or incomplete, or funds are not required', () => {
    expect(findingsOf('s3.funds-not-eligible', conversation())).toEqual([]);
    expect(
      findingsOf('s3.funds-not-eligible', conversation(value('healthDeteriorating', null))),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.funds-not-eligible',
        conversation(...NOT_ELIGIBLE, value('fundsRequired', null)),
      ),
    ).toEqual([]);
  });
});
