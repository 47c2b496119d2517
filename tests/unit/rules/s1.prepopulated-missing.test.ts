/** s1.prepopulated-missing (lib/rules/s1.prepopulated-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import type { FieldId } from '../../../lib/page/fields';
import { absent, conversation, findingsOf, review, value } from './snapshot-builder';

describe('s1.prepopulated-missing', () => {
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
});
