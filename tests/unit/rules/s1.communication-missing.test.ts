/** s1.communication-missing (lib/rules/s1.communication-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, value } from './snapshot-builder';

describe('s1.communication-missing', () => {
  it('s1.communication-missing fires when unanswered', () => {
    expect(
      findingsOf('s1.communication-missing', conversation(value('communicationSupport', null))),
    ).toHaveLength(1);
  });

  it('s1.communication-missing stays quiet when answered', () => {
    expect(findingsOf('s1.communication-missing', conversation())).toEqual([]);
  });
});
