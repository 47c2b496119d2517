// @vitest-environment happy-dom
/** aria-labelledby: controls (or groups) whose `aria-labelledby` names the question's element. */
import { describe, expect, it } from 'vitest';
import { ariaLabelledBy } from '@/lib/page/reader/strategies/aria-labelledby';
import { fixture, ids } from './fixture';

describe('aria-labelledby', () => {
  it('finds a control that names the question by id', () => {
    const f = fixture(
      `<div id="q-adults">No. of adults being cared for</div>
       <p>Help text</p>
       <input id="adults" type="text" aria-labelledby="q-adults">`,
      ariaLabelledBy,
    );
    expect(ids(ariaLabelledBy.find(f.input('adultsCaredFor')))).toEqual(['adults']);
  });

  it('finds the radios of a radio group that names the question', () => {
    const f = fixture(
      `<span id="q-gp">Does your GP know you are a carer?</span>
       <div role="radiogroup" aria-labelledby="q-gp">
         <input type="radio" name="gp" id="gp-yes"> Yes
         <input type="radio" name="gp" id="gp-no"> No
       </div>`,
      ariaLabelledBy,
    );
    expect(ids(ariaLabelledBy.find(f.input('gpKnows')))).toEqual(['gp-yes', 'gp-no']);
  });

  it('follows an id on a wrapper showing the same text as the question', () => {
    const f = fixture(
      `<div id="q-hours"><b>Total hours caring per week</b></div>
       <select id="hours" aria-labelledby="q-hours"><option>0 - 19 hours</option></select>`,
      ariaLabelledBy,
    );
    expect(ids(ariaLabelledBy.find(f.input('hoursCaring')))).toEqual(['hours']);
  });

  it('finds nothing when no control names the question (proximity would take the box)', () => {
    const f = fixture(
      `<div id="q-adults">No. of adults being cared for</div> <input id="adults" type="text">`,
      ariaLabelledBy,
    );
    expect(ariaLabelledBy.find(f.input('adultsCaredFor'))).toEqual([]);
  });

  it('finds nothing when the control names some other element', () => {
    const f = fixture(
      `<div id="q-adults">No. of adults being cared for</div>
       <span id="hint">Adults only</span>
       <input id="adults" type="text" aria-labelledby="hint">`,
      ariaLabelledBy,
    );
    expect(ariaLabelledBy.find(f.input('adultsCaredFor'))).toEqual([]);
  });
});
