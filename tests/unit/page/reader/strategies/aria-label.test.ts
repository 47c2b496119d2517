// @vitest-environment happy-dom
/** aria-label: a control (or a group of controls) whose `aria-label` is the question itself. */
import { describe, expect, it } from 'vitest';
import { ariaLabel } from '@/lib/page/reader/strategies/aria-label';
import { fixture, ids } from './fixture';

describe('aria-label', () => {
  it('finds the control that carries the question as its aria-label', () => {
    const f = fixture(
      `<p>About the people you care for</p>
       <input id="adults" type="text" aria-label="No. of adults being cared for">`,
      ariaLabel,
    );
    expect(ids(ariaLabel.find(f.input('adultsCaredFor')))).toEqual(['adults']);
  });

  it('finds the radios inside a group that carries the question', () => {
    const f = fixture(
      `<div role="radiogroup" aria-label="Does your GP know you are a carer?">
         <input type="radio" name="gp" id="gp-yes"> Yes
         <input type="radio" name="gp" id="gp-no"> No
       </div>`,
      ariaLabel,
    );
    expect(ids(ariaLabel.find(f.input('gpKnows')))).toEqual(['gp-yes', 'gp-no']);
  });

  it('finds nothing when the question is visible text (label-for or proximity reads it)', () => {
    const f = fixture(
      `<label for="adults">No. of adults being cared for</label>
       <input id="adults" type="text">`,
      ariaLabel,
    );
    expect(ariaLabel.find(f.input('adultsCaredFor'))).toEqual([]);
  });

  it('finds nothing when the labelled control does not fit the field', () => {
    const f = fixture(
      `<select id="adults" aria-label="No. of adults being cared for"><option>1</option></select>`,
      ariaLabel,
    );
    expect(ariaLabel.find(f.input('adultsCaredFor'))).toEqual([]);
  });
});
