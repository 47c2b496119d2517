/** s3.caring-level-missing (lib/rules/s3.caring-level-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, value } from './snapshot-builder';

describe('s3.caring-level-missing', () => {
  it('s3.caring-level-missing fires when not selected', () => {
    expect(
      findingsOf(
        's3.caring-level-missing',
        conversation(value('caringLevel', '-- Please Select --')),
      ),
    ).toHaveLength(1);
  });

  it('s3.caring-level-missing stays quiet when selected', () => {
    expect(findingsOf('s3.caring-level-missing', conversation())).toEqual([]);
  });
});
