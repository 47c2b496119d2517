// @vitest-environment happy-dom
/** fieldset-legend: the question is a `<legend>`; its fieldset's controls (not a nested fieldset's). */
import { describe, expect, it } from 'vitest';
import { fieldsetLegend } from '@/lib/page/reader/strategies/fieldset-legend';
import { fixture, ids } from './fixture';

const GP_RADIOS = `<input type="radio" name="gp" id="gp-yes"> Yes
  <input type="radio" name="gp" id="gp-no"> No`;

describe('fieldset-legend', () => {
  it("finds the radios of the legend's fieldset", () => {
    const f = fixture(
      `<fieldset><legend>Does your GP know you are a carer?</legend>${GP_RADIOS}</fieldset>`,
      fieldsetLegend,
    );
    expect(ids(fieldsetLegend.find(f.input('gpKnows')))).toEqual(['gp-yes', 'gp-no']);
  });

  it('finds the question in a span inside the legend', () => {
    const f = fixture(
      `<fieldset><legend><span>Total hours caring per week</span></legend>
         <div><select id="hours"><option>0 - 19 hours</option></select></div></fieldset>`,
      fieldsetLegend,
    );
    expect(ids(fieldsetLegend.find(f.input('hoursCaring')))).toEqual(['hours']);
  });

  it('leaves out the controls of a fieldset nested inside', () => {
    const f = fixture(
      `<fieldset><legend>Does your GP know you are a carer?</legend>${GP_RADIOS}
         <fieldset><legend>Contact</legend><input type="radio" name="c" id="inner"> Phone</fieldset>
       </fieldset>`,
      fieldsetLegend,
    );
    expect(ids(fieldsetLegend.find(f.input('gpKnows')))).toEqual(['gp-yes', 'gp-no']);
  });

  it('finds nothing when the question is not a legend (proximity would take the radios)', () => {
    const f = fixture(
      `<fieldset><div>Does your GP know you are a carer?</div>${GP_RADIOS}</fieldset>`,
      fieldsetLegend,
    );
    expect(fieldsetLegend.find(f.input('gpKnows'))).toEqual([]);
  });

  it('finds nothing for a legend-like text outside any fieldset', () => {
    const f = fixture(
      `<div><legend>Does your GP know you are a carer?</legend>${GP_RADIOS}</div>`,
      fieldsetLegend,
    );
    expect(fieldsetLegend.find(f.input('gpKnows'))).toEqual([]);
  });
});
