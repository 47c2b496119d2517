/** s1.service-user-group-not-carer (lib/rules/s1.service-user-group-not-carer.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, value } from './snapshot-builder';

describe('s1.service-user-group-not-carer', () => {
  it('s1.service-user-group-not-carer fires when the group is not Carer', () => {
    const f = findingsOf(
      's1.service-user-group-not-carer',
      conversation(value('serviceUserGroup', 'Learning Disability')),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('serviceUserGroup');
    expect(f[0].message).toContain('“Learning Disability”');
  });

  it('s1.service-user-group-not-carer stays quiet for Carer (any case), blank (its own finding) or not found', () => {
    expect(
      findingsOf(
        's1.service-user-group-not-carer',
        conversation(value('serviceUserGroup', 'CARER')),
      ),
    ).toEqual([]);
    expect(
      findingsOf('s1.service-user-group-not-carer', conversation(value('serviceUserGroup', null))),
    ).toEqual([]);
    expect(
      findingsOf('s1.service-user-group-not-carer', conversation(absent('serviceUserGroup'))),
    ).toEqual([]);
  });
});
