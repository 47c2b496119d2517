/** s3.support-plan-missing (lib/rules/s3.support-plan-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, rows, ticks, value } from './snapshot-builder';

const NOT_ELIGIBLE = [
  value('healthDeteriorating', 'No'),
  ticks('wellbeingImpact', []),
  value('decision', 'Eligibility not indicated'),
];
const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('s3.support-plan-missing', () => {
  it('s3.support-plan-missing fires when eligible with no row', () => {
    const f = findingsOf(
      's3.support-plan-missing',
      conversation(value('fundsRequired', 'No'), plan()),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/^Eligibility is indicated, but/);
  });

  it('s3.support-plan-missing fires when funds are required with no row, even if not eligible', () => {
    const f = findingsOf('s3.support-plan-missing', conversation(...NOT_ELIGIBLE, plan()));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/^Funds are required/);
  });

  it('s3.support-plan-missing stays quiet with a row, or when neither eligible nor funded', () => {
    expect(findingsOf('s3.support-plan-missing', conversation())).toEqual([]);
    expect(
      findingsOf(
        's3.support-plan-missing',
        conversation(...NOT_ELIGIBLE, value('fundsRequired', 'No'), plan()),
      ),
    ).toEqual([]);
    expect(findingsOf('s3.support-plan-missing', conversation(absent('supportPlan')))).toEqual([]);
  });
});
