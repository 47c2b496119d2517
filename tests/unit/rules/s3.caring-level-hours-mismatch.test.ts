/** s3.caring-level-hours-mismatch (lib/rules/s3.caring-level-hours-mismatch.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { CARING_LEVELS } from '../../../lib/page/fields';
import { conversation, findingsOf, value } from './snapshot-builder';

describe('s3.caring-level-hours-mismatch', () => {
  it.each([
    [0, '15 - 21 hours'],
    [1, '50+ hours'],
    [2, '1 - 7 hours'],
    [3, '1 - 7 hours'],
  ])('s3.caring-level-hours-mismatch fires for level %s with %s', (level, hours) => {
    const f = findingsOf(
      's3.caring-level-hours-mismatch',
      conversation(value('caringLevel', CARING_LEVELS[level]), value('hoursCaring', hours)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].field).toBe('caringLevel');
  });

  it.each([
    [0, '1 - 7 hours'],
    [1, '8 - 14 hours'],
    [2, '8 - 14 hours'],
    [3, '50+ hours'],
  ])('s3.caring-level-hours-mismatch stays quiet for level %s with %s', (level, hours) => {
    expect(
      findingsOf(
        's3.caring-level-hours-mismatch',
        conversation(value('caringLevel', CARING_LEVELS[level]), value('hoursCaring', hours)),
      ),
    ).toEqual([]);
  });

  it('s3.caring-level-hours-mismatch stays quiet while either is unselected', () => {
    expect(
      findingsOf(
        's3.caring-level-hours-mismatch',
        conversation(value('caringLevel', null), value('hoursCaring', '1 - 7 hours')),
      ),
    ).toEqual([]);
    expect(
      findingsOf('s3.caring-level-hours-mismatch', conversation(value('hoursCaring', null))),
    ).toEqual([]);
  });
});
