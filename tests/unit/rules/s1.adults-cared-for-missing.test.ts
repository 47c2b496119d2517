/** s1.adults-cared-for-missing (lib/rules/s1.adults-cared-for-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, value } from './snapshot-builder';

describe('s1.adults-cared-for-missing', () => {
  it.each([null, 'two', '1.5', '-1', '0'])('s1.adults-cared-for-missing fires for %j', (v) => {
    const f = findingsOf('s1.adults-cared-for-missing', conversation(value('adultsCaredFor', v)));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('adultsCaredFor');
  });

  it('s1.adults-cared-for-missing stays quiet for a whole number ≥ 1, or when not found', () => {
    expect(
      findingsOf('s1.adults-cared-for-missing', conversation(value('adultsCaredFor', ' 3 '))),
    ).toEqual([]);
    expect(
      findingsOf('s1.adults-cared-for-missing', conversation(absent('adultsCaredFor'))),
    ).toEqual([]);
  });
});
