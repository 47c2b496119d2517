// @vitest-environment happy-dom
/** Option captions written in the ways a page may write them. */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { htmlDocument } from '../helpers';

const TITLE = '<title>Carers Conversation : Timothy Guide (2204451)</title>';

function gp(body: string) {
  const s = readPage(htmlDocument(`${TITLE}<body>${body}</body>`)).snapshot.fields.gpKnows;
  return { value: s.value, options: s.options };
}

describe('radio captions', () => {
  it('bare text after each input', () => {
    expect(
      gp(
        '<div>Does your GP know you are a carer? <input type="radio" name="g"> Yes <input type="radio" name="g" checked> No</div>',
      ),
    ).toEqual({ value: 'No', options: ['Yes', 'No'] });
  });
  it('bare text before each input', () => {
    expect(
      gp(
        '<p>Does your GP know you are a carer?</p><p>Yes <input type="radio" name="g" checked> No <input type="radio" name="g"></p>',
      ),
    ).toEqual({ value: 'Yes', options: ['Yes', 'No'] });
  });
  it('a span after each input, in a row of cells', () => {
    expect(
      gp(
        '<table><tr><th>Does your GP know you are a carer?</th><td><input type="radio" name="g"><span>Yes</span></td><td><input type="radio" name="g" checked><span>No</span></td></tr></table>',
      ),
    ).toEqual({ value: 'No', options: ['Yes', 'No'] });
  });
  it('a label before each input', () => {
    expect(
      gp(
        '<div role="radiogroup" aria-labelledby="q"><span id="q">Does your GP know you are a carer?</span><label for="a">Yes</label><input id="a" type="radio" name="g"><label for="b">No</label><input id="b" type="radio" name="g" checked></div>',
      ),
    ).toEqual({ value: 'No', options: ['Yes', 'No'] });
  });
  it('a question split over lines, with its required marker in an <abbr>', () => {
    expect(
      gp(
        '<label>Does your GP know<br> you are a carer?<abbr title="required">*</abbr></label> <select><option>-- Please Select --</option><option>Yes</option><option>No</option></select>',
      ),
    ).toEqual({ value: null, options: ['Yes', 'No'] });
  });
});

describe('rich-text boxes', () => {
  it('are read as text boxes', () => {
    const doc =
      htmlDocument(`${TITLE}<body><h2>1. Information needed at point of referral/booking appointment</h2>
      <div>Do you need any support with communication?</div><select><option>Yes</option><option>No</option></select>
      <label id="d">Details</label><div contenteditable="true" aria-labelledby="d">Large <b>print</b></div></body>`);
    const s = readPage(doc).snapshot.fields['communicationSupport.details'];
    expect(s).toMatchObject({ found: true, value: 'Large print', editable: true });
  });
});
