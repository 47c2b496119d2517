// @vitest-environment happy-dom
/** proximity: the controls after the question in document order, up to the next recognised question. */
import { describe, expect, it } from 'vitest';
import { proximity } from '@/lib/page/reader/strategies/proximity';
import { fixture, ids } from './fixture';

describe('proximity', () => {
  it('finds the box after the question, with nothing tying them', () => {
    const f = fixture(
      `<div>No. of adults being cared for</div><div><span>Adults</span> <input id="adults"></div>`,
      proximity,
    );
    expect(ids(proximity.find(f.input('adultsCaredFor')))).toEqual(['adults']);
  });

  it('finds every fitting control up to the next question, skipping those that do not fit', () => {
    const f = fixture(
      `<p>Does your GP know you are a carer?</p>
       <input type="text" id="note">
       <div><input type="radio" name="gp" id="gp-yes"> Yes <input type="radio" name="gp" id="gp-no"> No</div>
       <p>Total hours caring per week</p>
       <select id="hours"><option>0 - 19 hours</option></select>`,
      proximity,
    );
    expect(ids(proximity.find(f.input('gpKnows')))).toEqual(['gp-yes', 'gp-no']);
    expect(ids(proximity.find(f.input('hoursCaring')))).toEqual(['hours']);
  });

  it('stops at the next recognised question', () => {
    const f = fixture(
      `<p>Total hours caring per week</p>
       <p>Does your GP know you are a carer?</p>
       <input type="radio" name="gp" id="gp-yes"> Yes <input type="radio" name="gp" id="gp-no"> No`,
      proximity,
    );
    expect(proximity.find(f.input('hoursCaring'))).toEqual([]);
  });

  it('stops at a section heading', () => {
    const f = fixture(
      `<p>No. of adults being cared for</p>
       <h2>2. Carers Wellbeing Conversation</h2>
       <input type="text" id="later">`,
      proximity,
    );
    expect(proximity.find(f.input('adultsCaredFor'))).toEqual([]);
  });

  it('never looks before the question', () => {
    const f = fixture(
      `<input type="text" id="before"><p>No. of adults being cared for</p>`,
      proximity,
    );
    expect(proximity.find(f.input('adultsCaredFor'))).toEqual([]);
  });
});
