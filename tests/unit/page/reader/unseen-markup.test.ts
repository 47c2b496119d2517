// @vitest-environment happy-dom
/**
 * Small pieces of markup met in renderings written from forms.md's words alone, each read as a
 * person reads it: a cog glyph before a pre-filled label, a widget's closed list of options
 * between a drop-down and its follow-up box, "Section 2 – …" headings, "ROLE – name" rows, a
 * "(primary)" cell of its own, and rows of <div>s under a heading that shares its box with a link.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { sectionHeading } from '@/lib/page/reader/sections';
import { htmlDocument } from '../helpers';

const STEP = `<h1>Carers Conversation : Ann Lee (3301122)</h1>
<div><a href="#p">Privacy Notice</a> <a href="#c">Carers Conversation</a> <a href="#d">Person Details form</a></div>`;
const SUMMARY = '<h1>Person summary - Ms Ann Lee (3301122) born 3 Mar 1958 (68 years old)</h1>';

const read = (body: string) => readPage(htmlDocument(`<body>${body}</body>`)).snapshot;

describe('markup not seen before', () => {
  it('reads a pre-filled label past an icon glyph hidden from assistive technology', () => {
    const s = read(`${STEP}<h2>1. Information needed at point of referral/booking appointment</h2>
      <dl><div><dt><span aria-hidden="true">⚙</span> Ethnicity</dt><dd>Mixed</dd></div></dl>`);
    expect(s.fields.ethnicity).toMatchObject({ found: true, value: 'Mixed' });
  });

  it('keeps a glyph that is not hidden, and a hidden text with letters, as text', () => {
    const s = read(`${STEP}<h2>1. Information needed at point of referral/booking appointment</h2>
      <dl><dt><span aria-hidden="true">Pre-filled</span> Ethnicity</dt><dd>Mixed</dd></dl>`);
    expect(s.fields.ethnicity.found).toBe(false);
  });

  it("finds a follow-up box after a combobox's closed list of options", () => {
    const s = read(`${STEP}<div id="d"><span id="q">What is your sexual orientation?</span>
      <select style="display:none"><option></option><option>Gay/lesbian</option><option selected>Prefer to self-describe</option></select>
      <div role="combobox" aria-labelledby="q">Prefer to self-describe</div>
      <ul role="listbox" hidden><li role="option">Gay/lesbian</li><li role="option">Prefer to self-describe</li></ul>
      <label for="x">If you prefer to self-describe, please specify</label><input id="x" type="text" value="Queer"></div>`);
    expect(s.fields['pd.sexualOrientation.selfDescribe']).toMatchObject({
      found: true,
      value: 'Queer',
    });
  });

  it('takes a caption written before its radio as the text right before it, not the question too', () => {
    const s = read(`${STEP}<h2>3. Eligibility and Support Plan</h2>
      <div><span>Is (or is there a risk of) your mental or physical health deteriorating due to your caring role? <abbr title="required">*</abbr></span>
      Yes <input type="radio" name="h" checked><br>No <input type="radio" name="h"><br></div>`);
    expect(s.fields.healthDeteriorating).toMatchObject({ value: 'Yes', options: ['Yes', 'No'] });
  });

  it('takes a rich-text box in Section 2 as one of its free-text areas', () => {
    const s = read(`${STEP}<h2>2. Carers Wellbeing Conversation</h2>
      <p>About your caring role</p><textarea>Meals every day.</textarea>
      <p>Your life outside caring</p><div contenteditable="true" role="textbox" aria-multiline="true">I used to swim.</div>`);
    expect(s.fields.conversation.areas.map((a) => [a.label, a.value])).toEqual([
      ['About your caring role', 'Meals every day.'],
      ['Your life outside caring', 'I used to swim.'],
    ]);
  });

  it("reads a drop-down's hidden select, not the read-only combobox box showing its choice", () => {
    const s = read(`${STEP}<div id="d">
      <div><label for="g">What best describes your gender?</label>
      <select id="g" style="display:none"><option></option><option selected>Male</option></select>
      <input type="text" role="combobox" readonly value="Male"></div>
      <div><label for="o">What is your sexual orientation?</label>
      <select id="o" style="display:none"><option></option><option selected>Prefer to self-describe</option></select>
      <input type="text" role="combobox" readonly value="Prefer to self-describe"></div>
      <div><label for="x">Please describe</label> <input id="x" type="text" value="Queer"></div></div>`);
    expect(s.fields['pd.gender'].value).toBe('Male');
    // the combobox box is not a self-describe box under the gender question
    expect(s.fields['pd.gender.selfDescribe'].found).toBe(false);
    expect(s.fields['pd.sexualOrientation.selfDescribe']).toMatchObject({
      found: true,
      value: 'Queer',
      editable: true,
    });
  });

  it('does not take a row of column headers for a question, nor the row below for its value', () => {
    const s = read(`${STEP}<h2>1. Information needed at point of referral/booking appointment</h2>
      <table><tr><th>Date of Birth</th><th>Gender</th></tr><tr><td>01/06/1966</td><td>Male</td></tr></table>`);
    // labels above their values are column headers: not read, and so reported, never guessed
    expect(s.fields.dateOfBirth).toMatchObject({ found: false, value: null });
    expect(s.notFound).toContain('dateOfBirth');
  });

  it('knows a section heading written "Section 2 – …"', () => {
    expect(sectionHeading('Section 2 – Actions Taken')).toEqual({ number: 2, role: 'actions' });
    expect(sectionHeading('Section 3 - Eligibility and Support Plan')).toEqual({
      number: 3,
      role: 'form',
    });
  });

  it('splits "ROLE – name" rows at the dash, and keeps a "(primary)" cell with its row', () => {
    const s = read(`${SUMMARY}<h3>Personal relationships</h3><ul><li>SPOUSE – Raj Shah</li></ul>
      <h3>Service user groups</h3><table><tr><td>Carer</td><td>None</td><td>From 1 May 2020</td><td>(primary)</td></tr></table>`);
    expect(s.fields.relationships.rows.map((r) => r.cells)).toEqual([
      { relationship: 'SPOUSE', name: 'Raj Shah' },
    ]);
    expect(s.fields.serviceUserGroups.rows[0].cells.from).toBe('From 1 May 2020 (primary)');
  });

  it('reads rows of <div>s after a heading that shares its box with a link', () => {
    const s = read(`${SUMMARY}<div><div><h2>Service user groups</h2><a href="#c">Change</a></div>
      <div><div><div>Carer</div><div>None</div><div>From 1 May 2020</div></div>
      <div><div>Older person</div><div>Dementia</div><div>From 2 Feb 2021</div></div></div></div>`);
    expect(s.fields.serviceUserGroups.rows.map((r) => r.cells)).toEqual([
      { group: 'Carer', subGroup: 'None', from: 'From 1 May 2020' },
      { group: 'Older person', subGroup: 'Dementia', from: 'From 2 Feb 2021' },
    ]);
  });

  it('reads rows of <div>s inside wrappers after the heading', () => {
    const s = read(`${SUMMARY}<h2>Personal relationships</h2><div class="w"><div class="list">
      <div><div>FRIEND</div><div>Alice Trainee</div></div>
      <div><div>SISTER</div><div>Jane Guide</div></div></div></div>`);
    expect(s.fields.relationships.rows.map((r) => r.cells)).toEqual([
      { relationship: 'FRIEND', name: 'Alice Trainee' },
      { relationship: 'SISTER', name: 'Jane Guide' },
    ]);
  });
});
