/** s1.communication-details-missing (lib/rules/s1.communication-details-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, value } from './snapshot-builder';

describe('s1.communication-details-missing', () => {
  it('s1.communication-details-missing fires for Yes with empty Details', () => {
    const f = findingsOf(
      's1.communication-details-missing',
      conversation(value('communicationSupport', 'Yes')),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('communicationSupport.details');
    expect(f[0].severity).toBe('warning');
  });

  it('s1.communication-details-missing stays quiet for No, or Yes with Details', () => {
    expect(findingsOf('s1.communication-details-missing', conversation())).toEqual([]);
    expect(
      findingsOf(
        's1.communication-details-missing',
        conversation(
          value('communicationSupport', 'Yes'),
          value('communicationSupport.details', 'BSL interpreter'),
        ),
      ),
    ).toEqual([]);
  });
});
