/** s1.cared-for-count-mismatch (lib/rules/s1.cared-for-count-mismatch.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, rows, value } from './snapshot-builder';

describe('s1.cared-for-count-mismatch', () => {
  it('s1.cared-for-count-mismatch fires when the rows differ from the number', () => {
    const f = findingsOf('s1.cared-for-count-mismatch', conversation(value('adultsCaredFor', '2')));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toMatch(/is 2, but .* lists 1 person/);
  });

  it('s1.cared-for-count-mismatch stays quiet when they agree, or when the number or the table has its own finding', () => {
    expect(findingsOf('s1.cared-for-count-mismatch', conversation())).toEqual([]);
    expect(
      findingsOf('s1.cared-for-count-mismatch', conversation(value('adultsCaredFor', null))),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.cared-for-count-mismatch',
        conversation(value('adultsCaredFor', '2'), rows('caredFor', [])),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.cared-for-count-mismatch',
        conversation(value('adultsCaredFor', '2'), absent('caredFor')),
      ),
    ).toEqual([]);
  });
});
