/** wf.carer-group-missing (lib/rules/wf.carer-group-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, rows, summary } from './snapshot-builder';

describe('wf.carer-group-missing', () => {
  it('wf.carer-group-missing fires when no group is Carer', () => {
    const s = summary(
      rows('serviceUserGroups', [
        {
          group: 'Physical Support',
          subGroup: 'Personal care support (primary)',
          from: 'From 1 Jan 2020',
        },
      ]),
    );
    const f = findingsOf('wf.carer-group-missing', s);
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('serviceUserGroups');
    expect(
      findingsOf('wf.carer-group-missing', summary(rows('serviceUserGroups', []))),
    ).toHaveLength(1);
  });

  it('wf.carer-group-missing stays quiet with Carer, or when the table was not found, or on a step', () => {
    expect(findingsOf('wf.carer-group-missing', summary())).toEqual([]);
    expect(findingsOf('wf.carer-group-missing', summary(absent('serviceUserGroups')))).toEqual([]);
    expect(
      findingsOf('wf.carer-group-missing', conversation(rows('serviceUserGroups', []))),
    ).toEqual([]);
  });
});
