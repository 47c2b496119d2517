/** s3.wellbeing-none-conflict (lib/rules/s3.wellbeing-none-conflict.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { WELLBEING_AREAS, WELLBEING_NONE } from '../../../lib/page/fields';
import { conversation, findingsOf, ticks, value } from './snapshot-builder';

describe('s3.wellbeing-none-conflict', () => {
  it('s3.wellbeing-none-conflict fires when None is ticked with another area', () => {
    expect(
      findingsOf(
        's3.wellbeing-none-conflict',
        conversation(ticks('wellbeingImpact', [WELLBEING_AREAS[2], WELLBEING_NONE])),
      ),
    ).toHaveLength(1);
  });

  it('s3.wellbeing-none-conflict stays quiet for None alone, areas alone, or when the question is not asked (health No)', () => {
    expect(
      findingsOf(
        's3.wellbeing-none-conflict',
        conversation(ticks('wellbeingImpact', [WELLBEING_NONE])),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.wellbeing-none-conflict',
        conversation(ticks('wellbeingImpact', WELLBEING_AREAS.slice(0, 5))),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.wellbeing-none-conflict',
        conversation(
          value('healthDeteriorating', 'No'),
          ticks('wellbeingImpact', [WELLBEING_AREAS[2], WELLBEING_NONE]),
        ),
      ),
    ).toEqual([]);
  });
});
