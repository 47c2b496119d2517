/** Workflow: person summary checks and the duplicate Conversation warning. */
import { describe, expect, it } from 'vitest';
import {
  absent,
  conversation,
  ctx,
  findingsOf,
  PERSON,
  review,
  rows,
  summary,
  value,
} from './snapshot-builder';

describe('Workflow', () => {
  it('wf.duplicate-conversation fires on a Conversation for a person with a Carers Review waiting', () => {
    const f = findingsOf(
      'wf.duplicate-conversation',
      conversation(),
      ctx({ waitingReviews: ['1', PERSON.id] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].field).toBeNull();
    expect(f[0].message).toContain(
      '“Please do not start a new Carer Conversation workflow step from ‘Start’, as this would create duplication.”',
    );
  });

  it('wf.duplicate-conversation stays quiet without a waiting review, on a Review, or without a person id', () => {
    expect(
      findingsOf('wf.duplicate-conversation', conversation(), ctx({ waitingReviews: ['999'] })),
    ).toEqual([]);
    expect(
      findingsOf('wf.duplicate-conversation', review(), ctx({ waitingReviews: [PERSON.id] })),
    ).toEqual([]);
    const s = conversation();
    s.person = { id: null, name: null };
    expect(
      findingsOf('wf.duplicate-conversation', s, ctx({ waitingReviews: [PERSON.id] })),
    ).toEqual([]);
  });

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

  it.each([null, 'Not recorded', 'None recorded', 'No employment status recorded'])(
    'wf.employment-status-missing fires for %j',
    (v) => {
      const f = findingsOf('wf.employment-status-missing', summary(value('employmentStatus', v)));
      expect(f).toHaveLength(1);
      expect(f[0].field).toBe('employmentStatus');
    },
  );

  it('wf.employment-status-missing stays quiet when recorded, not found, or on a step', () => {
    expect(findingsOf('wf.employment-status-missing', summary())).toEqual([]);
    expect(findingsOf('wf.employment-status-missing', summary(absent('employmentStatus')))).toEqual(
      [],
    );
    expect(
      findingsOf('wf.employment-status-missing', conversation(value('employmentStatus', null))),
    ).toEqual([]);
  });
});
