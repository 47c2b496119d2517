/** s3.statutory-eligibility (lib/rules/s3.statutory-eligibility.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { formDecision, statutoryTest } from '../../../lib/eligibility';
import { IMPACT_LEVELS } from '../../../lib/page/fields';
import { conversation, findingsOf, rows, ticks, value } from './snapshot-builder';

const NOT_ELIGIBLE = [
  value('healthDeteriorating', 'No'),
  ticks('wellbeingImpact', []),
  value('decision', 'Eligibility not indicated'),
];
const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('s3.statutory-eligibility', () => {
  it('s3.statutory-eligibility fires (info) when the form says not eligible but reg. 3 may be met', () => {
    const s = conversation(
      ...NOT_ELIGIBLE,
      value('wellbeingImpactLevel', IMPACT_LEVELS[3]),
      value('fundsRequired', 'No'),
      plan(),
    );
    expect(formDecision(s).result).toBe('not-eligible');
    expect(statutoryTest(s).result).toBe('met');
    const f = findingsOf('s3.statutory-eligibility', s);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    const m = f[0].message;
    expect(m).toMatch(/^Advice, not a decision/);
    expect(m).toContain('reg. 3(2)');
    expect(m).toContain(
      'the carer’s physical or mental health is, or is at risk of, deteriorating',
    );
    expect(m).toContain('the carer is unable to achieve any of the following outcomes');
    expect(m).toMatch(/record(ing)? the impact/);
    expect(m).toMatch(/manager/);
    expect(m).not.toMatch(/\bis eligible\b/);
  });

  it('s3.statutory-eligibility stays quiet when the form says eligible, or the statutory test is not met or incomplete', () => {
    expect(findingsOf('s3.statutory-eligibility', conversation())).toEqual([]);
    const notMet = conversation(...NOT_ELIGIBLE, value('wellbeingImpactLevel', IMPACT_LEVELS[1]));
    expect(findingsOf('s3.statutory-eligibility', notMet)).toEqual([]);
    const incomplete = conversation(...NOT_ELIGIBLE, value('wellbeingImpactLevel', null));
    expect(findingsOf('s3.statutory-eligibility', incomplete)).toEqual([]);
  });
});
