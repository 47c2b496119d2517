/** s1.hours-missing (lib/rules/s1.hours-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, review, value } from './snapshot-builder';

describe('s1.hours-missing', () => {
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
});
