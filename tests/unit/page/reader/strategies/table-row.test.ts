// @vitest-environment happy-dom
/** table-row: the question is a table cell; the controls in the following cells of its row. */
import { describe, expect, it } from 'vitest';
import { tableRow } from '@/lib/page/reader/strategies/table-row';
import { fixture, ids } from './fixture';

describe('table-row', () => {
  it('finds the control in the next cell of the row', () => {
    const f = fixture(
      `<table><tr><td>Total hours caring per week</td>
         <td><select id="hours"><option>0 - 19 hours</option></select></td></tr></table>`,
      tableRow,
    );
    expect(ids(tableRow.find(f.input('hoursCaring')))).toEqual(['hours']);
  });

  it('finds the radios of every following cell, and not those before the question', () => {
    const f = fixture(
      `<table><tr><td><input type="checkbox" id="tick"></td>
         <th>Does your GP know you are a carer?</th>
         <td><input type="radio" name="gp" id="gp-yes"> Yes</td>
         <td><input type="radio" name="gp" id="gp-no"> No</td></tr></table>`,
      tableRow,
    );
    expect(ids(tableRow.find(f.input('gpKnows')))).toEqual(['gp-yes', 'gp-no']);
  });

  it('does not reach into the next row', () => {
    const f = fixture(
      `<table><tr><td>No. of adults being cared for</td><td>none recorded</td></tr>
         <tr><td>Other</td><td><input type="text" id="other"></td></tr></table>`,
      tableRow,
    );
    expect(tableRow.find(f.input('adultsCaredFor'))).toEqual([]);
  });

  it('finds nothing when the question is not in a cell (proximity would take the box)', () => {
    const f = fixture(
      `<p>No. of adults being cared for</p>
       <table><tr><td><input type="text" id="adults"></td></tr></table>`,
      tableRow,
    );
    expect(tableRow.find(f.input('adultsCaredFor'))).toEqual([]);
  });

  it('finds nothing when the cell holds more than the question', () => {
    const f = fixture(
      `<table><tr><td><p>No. of adults being cared for</p><p>Count adults only</p></td>
         <td><input type="text" id="adults"></td></tr></table>`,
      tableRow,
    );
    expect(tableRow.find(f.input('adultsCaredFor'))).toEqual([]);
  });
});
