/** Section 1: point of referral. Test names follow `<id> fires …` / `<id> stays quiet …` (meta.test.ts). */
import { describe, expect, it } from 'vitest';
import type { FieldId } from '../../../lib/page/fields';
import { absent, closed, conversation, findingsOf, review, rows, value } from './snapshot-builder';

describe('Section 1', () => {
  it.each<FieldId>([
    'dateOfBirth',
    'gender',
    'ethnicity',
    'subEthnicity',
    'serviceUserGroup',
    'employmentStatus',
  ])('s1.prepopulated-missing fires when %s is blank, pointing at it', (id) => {
    const f = findingsOf('s1.prepopulated-missing', conversation(value(id, null)));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe(id);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toMatch(
      /update it on the person’s main record.*then refresh this workflow step/,
    );
  });

  it('s1.prepopulated-missing fires once per blank field', () => {
    const f = findingsOf(
      's1.prepopulated-missing',
      review(value('gender', null), value('ethnicity', '  ')),
    );
    expect(f.map((x) => x.field)).toEqual(['gender', 'ethnicity']);
  });

  it('s1.prepopulated-missing stays quiet when the fields are filled, or not found at all, or optional', () => {
    expect(findingsOf('s1.prepopulated-missing', conversation())).toEqual([]);
    expect(findingsOf('s1.prepopulated-missing', conversation(absent('gender')))).toEqual([]);
    expect(
      findingsOf(
        's1.prepopulated-missing',
        conversation(value('fullName', null), value('address', null)),
      ),
    ).toEqual([]);
  });

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

  it.each([null, 'two', '1.5', '-1', '0'])('s1.adults-cared-for-missing fires for %j', (v) => {
    const f = findingsOf('s1.adults-cared-for-missing', conversation(value('adultsCaredFor', v)));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('adultsCaredFor');
  });

  it('s1.adults-cared-for-missing stays quiet for a whole number ≥ 1, or when not found', () => {
    expect(
      findingsOf('s1.adults-cared-for-missing', conversation(value('adultsCaredFor', ' 3 '))),
    ).toEqual([]);
    expect(
      findingsOf('s1.adults-cared-for-missing', conversation(absent('adultsCaredFor'))),
    ).toEqual([]);
  });

  it('s1.cared-for-empty fires when the table has no row', () => {
    const f = findingsOf('s1.cared-for-empty', review(rows('caredFor', [])));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('caredFor');
    expect(f[0].message).toMatch(/Find/);
  });

  it('s1.cared-for-empty stays quiet with a row, or when the table was not found', () => {
    expect(findingsOf('s1.cared-for-empty', conversation())).toEqual([]);
    expect(findingsOf('s1.cared-for-empty', conversation(absent('caredFor')))).toEqual([]);
  });

  it('s1.cared-for-count-mismatch fires when the rows differ from the number', () => {
    const f = findingsOf('s1.cared-for-count-mismatch', conversation(value('adultsCaredFor', '2')));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toMatch(/is 2, but .* lists 1 person/);
  });

  it('s1.cared-for-count-mismatch stays quiet when they agree, or when the number or the table has its own finding', () => {
    expect(findingsOf('s1.cared-for-count-mismatch', conversation())).toEqual([]);
    expect(
      findingsOf('s1.cared-for-count-mismatch', conversation(value('adultsCaredFor', null))),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.cared-for-count-mismatch',
        conversation(value('adultsCaredFor', '2'), rows('caredFor', [])),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.cared-for-count-mismatch',
        conversation(value('adultsCaredFor', '2'), absent('caredFor')),
      ),
    ).toEqual([]);
  });

  it('s1.hours-missing fires when no hours are selected (also "-- Please Select --")', () => {
    expect(findingsOf('s1.hours-missing', conversation(value('hoursCaring', null)))).toHaveLength(
      1,
    );
    expect(
      findingsOf('s1.hours-missing', review(value('hoursCaring', '-- Please Select --'))),
    ).toHaveLength(1);
  });

  it('s1.hours-missing stays quiet when selected, or when the question was not found (page.field-not-found covers it)', () => {
    expect(findingsOf('s1.hours-missing', conversation())).toEqual([]);
    expect(findingsOf('s1.hours-missing', conversation(absent('hoursCaring')))).toEqual([]);
  });

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

  it('s1.gp-contact-missing fires when the GP does not know and the contact question is unanswered', () => {
    const f = findingsOf(
      's1.gp-contact-missing',
      conversation(value('gpKnows', 'No'), value('gpContact', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('gpContact');
  });

  it('s1.gp-contact-missing fires by the answers, even if the page happens to show the question closed', () => {
    const s = conversation(value('gpKnows', 'No'), value('gpContact', null));
    s.fields.gpContact.shown = false;
    expect(findingsOf('s1.gp-contact-missing', s)).toHaveLength(1);
  });

  it('s1.gp-contact-missing stays quiet when the GP knows, or GP knows is unanswered, or it is answered', () => {
    expect(
      findingsOf(
        's1.gp-contact-missing',
        conversation(value('gpKnows', 'Yes'), value('gpContact', null)),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.gp-contact-missing',
        conversation(value('gpKnows', null), value('gpContact', null)),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.gp-contact-missing',
        conversation(value('gpKnows', 'No'), value('gpContact', 'No')),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.gp-contact-missing',
        conversation(value('gpKnows', 'No'), absent('gpContact')),
      ),
    ).toEqual([]);
    expect(findingsOf('s1.gp-contact-missing', conversation(closed('gpContact')))).toEqual([]);
  });

  it('s1.communication-missing fires when unanswered', () => {
    expect(
      findingsOf('s1.communication-missing', conversation(value('communicationSupport', null))),
    ).toHaveLength(1);
  });

  it('s1.communication-missing stays quiet when answered', () => {
    expect(findingsOf('s1.communication-missing', conversation())).toEqual([]);
  });

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

  it('s1.payment-missing fires when unanswered', () => {
    expect(findingsOf('s1.payment-missing', review(value('receivingPayment', null)))).toHaveLength(
      1,
    );
  });

  it('s1.payment-missing stays quiet when answered', () => {
    expect(findingsOf('s1.payment-missing', review())).toEqual([]);
  });

  it('s1.payment-details-missing fires for Yes with empty Details', () => {
    const f = findingsOf(
      's1.payment-details-missing',
      conversation(value('receivingPayment', 'Yes')),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('receivingPayment.details');
  });

  it('s1.payment-details-missing stays quiet for No, or Yes with Details', () => {
    expect(findingsOf('s1.payment-details-missing', conversation())).toEqual([]);
    expect(
      findingsOf(
        's1.payment-details-missing',
        conversation(
          value('receivingPayment', 'Yes'),
          value('receivingPayment.details', 'Direct payment'),
        ),
      ),
    ).toEqual([]);
  });
});
