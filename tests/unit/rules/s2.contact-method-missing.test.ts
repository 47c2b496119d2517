/** s2.contact-method-missing (lib/rules/s2.contact-method-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, value } from './snapshot-builder';

describe('s2.contact-method-missing', () => {
  it('s2.contact-method-missing fires when not selected', () => {
    expect(
      findingsOf('s2.contact-method-missing', conversation(value('contactMethod', null))),
    ).toHaveLength(1);
  });

  it('s2.contact-method-missing stays quiet when selected or not found', () => {
    expect(findingsOf('s2.contact-method-missing', conversation())).toEqual([]);
    expect(findingsOf('s2.contact-method-missing', conversation(absent('contactMethod')))).toEqual(
      [],
    );
  });
});
