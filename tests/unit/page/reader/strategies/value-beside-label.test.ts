// @vitest-environment happy-dom
/**
 * value-beside-label: a value shown as text beside its label, with no control: after `Label:`,
 * in the next table cell, in a `<dd>`, or in the label's following siblings.
 */
import { describe, expect, it } from 'vitest';
import { valueBesideLabel } from '@/lib/page/reader/strategies/value-beside-label';
import { fixture } from './fixture';

/** The value shown beside the field's label, read as the field's own (`own`) or not. */
function read(html: string, fieldId: string, own = true) {
  const { ctx, m, limit } = fixture(html).input(fieldId);
  const v = valueBesideLabel(ctx, m, limit, own ? fieldId : null);
  return { text: v.text, el: v.el?.id ?? null, ctl: v.ctl?.el.id ?? null, slot: v.slot };
}

describe('value-beside-label', () => {
  it('reads `Label: value` in one piece', () => {
    const v = read(`<div id="row">Ethnicity: White British</div>`, 'ethnicity');
    expect(v).toMatchObject({ text: 'White British', el: 'row', slot: true });
  });

  it('reads the next table cell', () => {
    const v = read(
      `<table><tr><td>Ethnicity</td><td id="v">White British</td></tr></table>`,
      'ethnicity',
    );
    expect(v).toMatchObject({ text: 'White British', el: 'v' });
  });

  it('reads the <dd> of a <dt>', () => {
    const v = read(`<dl><dt>Decision</dt><dd id="d">Eligibility indicated</dd></dl>`, 'decision');
    expect(v).toMatchObject({ text: 'Eligibility indicated', el: 'd' });
  });

  it("reads the label's following siblings", () => {
    const v = read(
      `<div><span>Ethnicity</span> <span id="v">White British</span></div>`,
      'ethnicity',
    );
    expect(v).toMatchObject({ text: 'White British', el: 'v' });
  });

  it('gives a read-only control met first instead of text', () => {
    const v = read(
      `<table><tr><td>Decision</td>
         <td><input id="dec" readonly value="Eligibility indicated"></td></tr></table>`,
      'decision',
    );
    expect(v).toMatchObject({ text: null, ctl: 'dec' });
  });

  it("reads a question's answer shown as text, not as a field's own", () => {
    const v = read(
      `<table><tr><td>Does your GP know you are a carer?</td><td id="v">Yes</td></tr></table>`,
      'gpKnows',
      false,
    );
    expect(v).toMatchObject({ text: 'Yes', el: 'v' });
  });

  it('finds nothing when an editable box is beside a shown value (table-row would take it)', () => {
    const v = read(
      `<table><tr><td>Ethnicity</td><td><input id="eth" value="White"></td></tr></table>`,
      'ethnicity',
    );
    expect(v).toEqual({ text: null, el: null, ctl: null, slot: false });
  });

  it('finds nothing when another question follows the label straight away', () => {
    const v = read(
      `<div>Ethnicity</div><div>Sub Ethnicity</div><div>White British</div>`,
      'ethnicity',
    );
    expect(v).toEqual({ text: null, el: null, ctl: null, slot: false });
  });
});
