// @vitest-environment happy-dom
/** wrapping-label: a `<label>` holding both the question's text and its controls. */
import { describe, expect, it } from 'vitest';
import { wrappingLabel } from '@/lib/page/reader/strategies/wrapping-label';
import { fixture, ids } from './fixture';

describe('wrapping-label', () => {
  it('finds the control inside the label with the question', () => {
    const f = fixture(
      `<label>No. of adults being cared for <input id="adults" type="text" value="1"></label>`,
      wrappingLabel,
    );
    expect(ids(wrappingLabel.find(f.input('adultsCaredFor')))).toEqual(['adults']);
  });

  it('finds the question text in a span inside the label', () => {
    const f = fixture(
      `<label><span>Total hours caring per week</span>
         <select id="hours"><option>0 - 19 hours</option></select></label>`,
      wrappingLabel,
    );
    expect(ids(wrappingLabel.find(f.input('hoursCaring')))).toEqual(['hours']);
  });

  it('leaves out the controls inside that do not fit the field', () => {
    const f = fixture(
      `<label>No. of adults being cared for
         <input id="unknown" type="checkbox"> <input id="adults" type="text"></label>`,
      wrappingLabel,
    );
    expect(ids(wrappingLabel.find(f.input('adultsCaredFor')))).toEqual(['adults']);
  });

  it('finds nothing when the control is outside the label (proximity would take it)', () => {
    const f = fixture(
      `<label>No. of adults being cared for</label> <input id="adults" type="text">`,
      wrappingLabel,
    );
    expect(wrappingLabel.find(f.input('adultsCaredFor'))).toEqual([]);
  });

  it('finds nothing when the question is not in a label at all', () => {
    const f = fixture(
      `<div>No. of adults being cared for</div> <input id="adults" type="text">`,
      wrappingLabel,
    );
    expect(wrappingLabel.find(f.input('adultsCaredFor'))).toEqual([]);
  });
});
