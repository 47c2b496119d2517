/** s3.wellbeing-missing (lib/rules/s3.wellbeing-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { WELLBEING_NONE } from '../../../lib/page/fields';
import { absent, conversation, findingsOf, ticks, value } from './snapshot-builder';

const NOT_ELIGIBLE = [
  value('healthDeteriorating', 'No'),
  ticks('wellbeingImpact', []),
  value('decision', 'Eligibility not indicated'),
];

describe('s3.wellbeing-missing', () => {
  it('s3.wellbeing-missing fires for health = Yes with no area ticked', () => {
    const f = findingsOf('s3.wellbeing-missing', conversation(ticks('wellbeingImpact', [])));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('wellbeingImpact');
  });

  it('s3.wellbeing-missing stays quiet for health = No, with an area ticked, or with the areas not found', () => {
    expect(findingsOf('s3.wellbeing-missing', conversation(...NOT_ELIGIBLE))).toEqual([]);
    expect(
      findingsOf('s3.wellbeing-missing', conversation(ticks('wellbeingImpact', [WELLBEING_NONE]))),
    ).toEqual([]);
    expect(findingsOf('s3.wellbeing-missing', conversation(absent('wellbeingImpact')))).toEqual([]);
  });
});
