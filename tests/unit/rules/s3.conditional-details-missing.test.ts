/** s3.conditional-details-missing (lib/rules/s3.conditional-details-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, review, value } from './snapshot-builder';

describe('s3.conditional-details-missing', () => {
  it('s3.conditional-details-missing fires for Yes to dependent adults with the box empty', () => {
    const f = findingsOf(
      's3.conditional-details-missing',
      review(value('dependentAdults', 'Yes'), value('dependentAdults.details', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('dependentAdults.details');
    expect(f[0].message).toContain('Are there any adults that are dependent on you?');
  });

  it('s3.conditional-details-missing stays quiet for No, for Yes with the box filled, or with the box not found', () => {
    expect(
      findingsOf(
        's3.conditional-details-missing',
        conversation(value('dependentAdults', 'No'), value('dependentAdults.details', null)),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.conditional-details-missing',
        conversation(
          value('dependentAdults', 'Yes'),
          value('dependentAdults.details', 'Mother, 82'),
        ),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.conditional-details-missing',
        conversation(value('dependentAdults', 'Yes'), absent('dependentAdults.details')),
      ),
    ).toEqual([]);
  });
});
