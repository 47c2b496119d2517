/** s3.wellbeing-other-missing (lib/rules/s3.wellbeing-other-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { WELLBEING_OTHER } from '../../../lib/page/fields';
import { absent, conversation, findingsOf, ticks, value } from './snapshot-builder';

describe('s3.wellbeing-other-missing', () => {
  it('s3.wellbeing-other-missing fires when Other is ticked and nothing specified', () => {
    const f = findingsOf(
      's3.wellbeing-other-missing',
      conversation(ticks('wellbeingImpact', [WELLBEING_OTHER]), value('wellbeingOther', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('wellbeingOther');
  });

  it('s3.wellbeing-other-missing stays quiet when specified, when Other is not ticked, or the box is not found', () => {
    expect(
      findingsOf(
        's3.wellbeing-other-missing',
        conversation(ticks('wellbeingImpact', [WELLBEING_OTHER]), value('wellbeingOther', 'Sleep')),
      ),
    ).toEqual([]);
    expect(
      findingsOf('s3.wellbeing-other-missing', conversation(value('wellbeingOther', null))),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.wellbeing-other-missing',
        conversation(ticks('wellbeingImpact', [WELLBEING_OTHER]), absent('wellbeingOther')),
      ),
    ).toEqual([]);
  });
});
