/** page.field-not-found (lib/rules/page.field-not-found.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { tabsNotChecked } from '../../../lib/rules';
import {
  absent,
  build,
  conversation,
  findingsOf,
  review,
  run,
  summary,
  value,
} from './snapshot-builder';

describe('page.field-not-found', () => {
  it('page.field-not-found fires once per field not found, naming it in words', () => {
    const f = findingsOf(
      'page.field-not-found',
      conversation(absent('hoursCaring'), absent('conversation'), absent('outcome.home')),
    );
    expect(f.map((x) => [x.field, x.severity])).toEqual([
      ['hoursCaring', 'warning'],
      ['conversation', 'warning'],
      ['outcome.home', 'warning'],
    ]);
    expect(f[0].message).toContain('“Total hours caring per week”');
    expect(f[1].message).toContain('the free-text areas of Section 2');
    expect(f[2].message).toContain('“Maintaining a habitable home environment”');
    expect(f.every((x) => !x.message.includes('hoursCaring'))).toBe(true);
  });

  it('page.field-not-found fires for a person summary field too', () => {
    expect(findingsOf('page.field-not-found', summary(absent('employmentStatus')))).toHaveLength(1);
  });

  it('page.field-not-found fires once per tab whose content is not in the page, instead of per field', () => {
    const s = build(
      'carers-conversation',
      [absent('pd.gender'), absent('pd.trans'), absent('hoursCaring')],
      {
        unloaded: ['Person Details form'],
      },
    );
    const f = findingsOf('page.field-not-found', s);
    expect(f.map((x) => [x.field, x.tab ?? null])).toEqual([
      ['hoursCaring', null],
      [null, 'Person Details form'],
    ]);
    expect(f[1].message).toContain('‘Person Details form’ tab has not been checked yet');
    expect(tabsNotChecked(s)).toEqual(['Person Details form']);
  });

  it('page.field-not-found stays quiet when every field is found, and for tabs that are loaded', () => {
    expect(findingsOf('page.field-not-found', conversation())).toEqual([]);
    expect(findingsOf('page.field-not-found', review())).toEqual([]);
    expect(tabsNotChecked(conversation())).toEqual([]);
  });

  it('page.field-not-found stays quiet about a conditional question the answers keep closed', () => {
    // gpKnows = Yes: "Would you like us to contact them?" is not asked, whatever the reader listed.
    expect(findingsOf('page.field-not-found', conversation(absent('gpContact')))).toEqual([]);
    expect(
      findingsOf('page.field-not-found', conversation(value('gpKnows', 'No'), absent('gpContact'))),
    ).toHaveLength(1);
  });

  it('fields not found never make other rules fire as if blank', () => {
    const s = conversation(
      absent('hoursCaring'),
      absent('adultsCaredFor'),
      absent('healthDeteriorating'),
      absent('pd.gender'),
      absent('nextActions'),
      absent('supportPlan'),
      absent('conversation'),
    );
    expect(
      run(s).filter((f) => f.ruleId !== 'page.field-not-found' && f.severity !== 'info'),
    ).toEqual([]);
  });
});
