/** wf.carer-group-not-primary (lib/rules/wf.carer-group-not-primary.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { findingsOf, rows, summary } from './snapshot-builder';

describe('wf.carer-group-not-primary', () => {
  it('wf.carer-group-not-primary fires when Carer is there but another group is primary', () => {
    const s = summary(
      rows('serviceUserGroups', [
        {
          group: 'Physical Support',
          subGroup: 'Personal care support (primary)',
          from: 'From 1 Jan 2020',
        },
        { group: 'Carer', subGroup: 'No sub-group recorded', from: 'From 20 Jun 2023' },
      ]),
    );
    const f = findingsOf('wf.carer-group-not-primary', s);
    expect(f).toHaveLength(1);
    expect(f[0].row).toBe(1);
    expect(f[0].message).toMatch(
      /ensure ‘Carer’ is the primary service user group for this process/,
    );
  });

  it('wf.carer-group-not-primary stays quiet when Carer is primary, or missing (its own finding)', () => {
    expect(findingsOf('wf.carer-group-not-primary', summary())).toEqual([]);
    expect(
      findingsOf(
        'wf.carer-group-not-primary',
        summary(rows('serviceUserGroups', [{ group: 'Carer (primary)' }])),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'wf.carer-group-not-primary',
        summary(rows('serviceUserGroups', [{ group: 'Physical Support' }])),
      ),
    ).toEqual([]);
  });
});
