// @vitest-environment happy-dom
/** label-for: a `<label for="id">` holding the question names its control by id. */
import { describe, expect, it } from 'vitest';
import { labelFor } from '@/lib/page/reader/strategies/label-for';
import { fixture, ids } from './fixture';

describe('label-for', () => {
  it('finds the control the label names, wherever it is', () => {
    const f = fixture(
      `<div><label for="adults">No. of adults being cared for</label></div>
       <p>Some help text</p>
       <div><input id="adults" type="text" value="2"></div>`,
      labelFor,
    );
    expect(ids(labelFor.find(f.input('adultsCaredFor')))).toEqual(['adults']);
  });

  it('finds the select of a choice question', () => {
    const f = fixture(
      `<label for="hours">Total hours caring per week</label>
       <select id="hours"><option>Please select</option><option>0 - 19 hours</option></select>`,
      labelFor,
    );
    expect(ids(labelFor.find(f.input('hoursCaring')))).toEqual(['hours']);
  });

  it('finds nothing when the label has no `for` (proximity would take the box after it)', () => {
    const f = fixture(
      `<label>No. of adults being cared for</label> <input id="adults" type="text">`,
      labelFor,
    );
    expect(labelFor.find(f.input('adultsCaredFor'))).toEqual([]);
  });

  it('finds nothing when the named control does not fit the field (a select for a text box)', () => {
    const f = fixture(
      `<label for="adults">No. of adults being cared for</label>
       <select id="adults"><option>1</option><option>2</option></select>`,
      labelFor,
    );
    expect(labelFor.find(f.input('adultsCaredFor'))).toEqual([]);
  });

  it('finds nothing when `for` names no element', () => {
    const f = fixture(
      `<label for="missing">No. of adults being cared for</label> <input id="adults" type="text">`,
      labelFor,
    );
    expect(labelFor.find(f.input('adultsCaredFor'))).toEqual([]);
  });
});
