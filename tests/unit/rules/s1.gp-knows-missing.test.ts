/** s1.gp-knows-missing (lib/rules/s1.gp-knows-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, value } from './snapshot-builder';

describe('s1.gp-knows-missing', () => {
  it('s1.gp-knows-missing fires when unanswered', () => {
    expect(findingsOf('s1.gp-knows-missing', conversation(value('gpKnows', null)))).toHaveLength(1);
  });

  it('s1.gp-knows-missing stays quiet when answered', () => {
    expect(
      findingsOf(
        's1.gp-knows-missing',
        conversation(value('gpKnows', 'No'), value('gpContact', 'Yes')),
      ),
    ).toEqual([]);
  });
});
