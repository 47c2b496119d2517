/** s2.views-reason-missing (lib/rules/s2.views-reason-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, closed, conversation, findingsOf, value } from './snapshot-builder';

describe('s2.views-reason-missing', () => {
  it('s2.views-reason-missing fires for No without a reason', () => {
    const f = findingsOf(
      's2.views-reason-missing',
      conversation(value('viewsConsidered', 'No'), value('viewsNotConsideredReason', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('viewsNotConsideredReason');
  });

  it('s2.views-reason-missing stays quiet for Yes, for No with a reason, or when the reason box was not found', () => {
    expect(
      findingsOf('s2.views-reason-missing', conversation(closed('viewsNotConsideredReason'))),
    ).toEqual([]);
    expect(
      findingsOf(
        's2.views-reason-missing',
        conversation(
          value('viewsConsidered', 'No'),
          value('viewsNotConsideredReason', 'Lacks capacity; no representative'),
        ),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's2.views-reason-missing',
        conversation(value('viewsConsidered', 'No'), absent('viewsNotConsideredReason')),
      ),
    ).toEqual([]);
  });
});
