// @vitest-environment happy-dom
/**
 * Section 1's pre-filled values in a two-column layout of `<div>`s, as another developer would
 * write it: each label in a `<span>` inside one `<div>`, its value in a `<span>` inside the
 * sibling `<div>`. forms.md: "values shown as text beside their label in any two-column layout".
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { htmlDocument } from '../helpers';

const ROWS: [string, string][] = [
  ['Date of Birth', '01/02/1960'],
  ['Gender', 'Female'],
  ['Ethnicity', 'Mixed'],
  ['Sub Ethnicity', 'White and Asian'],
  ['Carers Service user group', 'Carer'],
  ['Employment Status', 'Retired'],
];

const page = (rows: string) =>
  htmlDocument(`<head><title>Carers Conversation : Ann Lee (3301122)</title></head><body>
<nav><a href="#p">Privacy Notice</a> <a href="#c">Carers Conversation</a> <a href="#d">Person Details form</a></nav>
<main id="c">
  <h2>Section 1 - About you</h2>
  <section class="readonly-block">${rows}</section>
  <div class="q"><div class="lbl">No. of adults being cared for*</div><div><input type="text" value="1"></div></div>
</main></body>`);

describe('values in sibling <div>s of a two-column layout', () => {
  const rows = ROWS.map(
    ([l, v]) =>
      `<div class="row"><div class="l"><span>${l}</span></div><div class="v"><span>${v}</span></div></div>`,
  ).join('\n');

  it('reads each value from the div beside its label', () => {
    const s = readPage(page(rows)).snapshot;
    expect(s.kind).toBe('carers-conversation');
    const ids = [
      'dateOfBirth',
      'gender',
      'ethnicity',
      'subEthnicity',
      'serviceUserGroup',
      'employmentStatus',
    ];
    expect(ids.map((id) => s.fields[id].value)).toEqual(ROWS.map(([, v]) => v));
    for (const id of ids) expect(s.notFound).not.toContain(id);
  });

  it('still reads an empty value div as blank, not the next row', () => {
    const blank = rows.replace('<span>Female</span>', '');
    const s = readPage(page(blank)).snapshot;
    expect(s.fields.gender.found).toBe(true);
    expect(s.fields.gender.value).toBeNull();
    expect(s.fields.ethnicity.value).toBe('Mixed');
  });
});
