// @vitest-environment happy-dom
/**
 * Re-checks of the same page: values are read again every time; the page's structure is kept
 * while nothing in the page changes, and read afresh as soon as something does.
 */
import { describe, expect, it } from 'vitest';
import { copyMap, forgetPage, readPage } from '@/lib/page/read';
import { htmlDocument, rendering } from './helpers';

function fresh(doc: Document) {
  forgetPage(doc);
  return readPage(doc).snapshot;
}

describe('reading the same page again', () => {
  it('gives the same snapshot when nothing changed', () => {
    const doc = rendering('a-label-for-divs.html');
    const first = readPage(doc).snapshot;
    const second = readPage(doc).snapshot;
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second.fields.gpKnows).not.toBe(first.fields.gpKnows);
  });

  it('reads typed and chosen values without any change to the page structure', () => {
    for (const file of [
      'a-label-for-divs.html',
      'b-legacy-tables.html',
      'c-fieldsets-aria.html',
      'd-wrapping-labels-review.html',
      'e-someone-else.html',
    ]) {
      const doc = rendering(file);
      readPage(doc);
      for (const t of Array.from(doc.querySelectorAll('textarea'))) t.value = `${t.value} (edited)`;
      for (const i of Array.from(
        doc.querySelectorAll('input[type="text"], input:not([type])'),
      ) as HTMLInputElement[])
        i.value = `${i.value}1`;
      for (const sel of Array.from(doc.querySelectorAll('select')))
        if (!sel.multiple && sel.options.length > 1) sel.selectedIndex = sel.options.length - 1;
      const radios = Array.from(doc.querySelectorAll('input[type="radio"]')) as HTMLInputElement[];
      for (const r of radios) if (!r.checked) r.checked = true;
      const again = readPage(doc).snapshot;
      expect(again, file).toEqual(fresh(doc));
      expect(again.fields.conversation.areas[0].value, file).toMatch(/\(edited\)$/);
    }
  });

  it('moves the focus target of a radio group to the newly checked radio', () => {
    const doc = rendering('a-label-for-divs.html');
    expect(readPage(doc).controls.get('gpKnows')!.id).toBe('gp-n');
    (doc.getElementById('gp-y') as HTMLInputElement).checked = true;
    expect(readPage(doc).controls.get('gpKnows')!.id).toBe('gp-y');
  });

  it('reads afresh when the page changes: a question shown, a row added, a field removed', () => {
    const doc = rendering('c-fieldsets-aria.html');
    expect(readPage(doc).snapshot.fields.gpContact.shown).toBe(false);
    (doc.getElementById('gp-contact') as HTMLElement).style.display = 'block';
    expect(readPage(doc).snapshot.fields.gpContact.shown).toBe(true);

    const plan = doc.querySelector('table[aria-labelledby="plan-title"] tbody')!;
    const row = plan.lastElementChild!.cloneNode(true) as HTMLElement;
    plan.append(row);
    (row.querySelector('input') as HTMLInputElement).value = 'A third outcome';
    expect(readPage(doc).snapshot.fields.supportPlan.rows.map((r) => r.cells.want)).toEqual([
      'A break from caring each week',
      'Sleep better',
      'A third outcome',
    ]);

    doc.getElementById('q-method')!.remove();
    expect(readPage(doc).snapshot.notFound).toEqual(['contactMethod']);
  });

  it('starts afresh when the label overrides change', () => {
    const doc = rendering('a-label-for-divs.html');
    doc.querySelector('label[for="adults"]')!.textContent = 'How many adults do you care for?';
    expect(readPage(doc).snapshot.fields.adultsCaredFor.found).toBe(false);
    expect(
      readPage(doc, { labelOverrides: { adultsCaredFor: ['How many adults do you care for'] } })
        .snapshot.fields.adultsCaredFor.found,
    ).toBe(true);
    expect(readPage(doc).snapshot.fields.adultsCaredFor.found).toBe(false);
  });

  it("ignores changes inside the extension's own element", () => {
    const doc = rendering('a-label-for-divs.html');
    const first = readPage(doc);
    const host = doc.createElement('mosaic-companion');
    doc.body.append(host);
    host.setAttribute('data-x', '1');
    const again = readPage(doc);
    expect(again.snapshot).toEqual(first.snapshot);
  });
});

describe('changes that leave the page as it was', () => {
  it('are not changes: an attribute set to its value, a text replaced by the same text', () => {
    const doc = rendering('c-fieldsets-aria.html');
    const first = readPage(doc).snapshot;
    const hidden = doc.getElementById('gp-contact') as HTMLElement;
    hidden.setAttribute('style', hidden.getAttribute('style')!);
    const dd = Array.from(doc.querySelectorAll('dd')).find(
      (d) => d.textContent === 'Eligibility indicated',
    )!;
    dd.textContent = 'Eligibility indicated';
    (doc.querySelectorAll('textarea')[2] as HTMLTextAreaElement).value = 'typed';
    const again = readPage(doc).snapshot;
    expect(again.fields.decision.value).toBe('Eligibility indicated');
    expect(again.fields.conversation.areas[0].value).toBe('typed');
    expect(again).toEqual(fresh(doc));
  });

  it('but a text that really changed is read again', () => {
    const doc = rendering('c-fieldsets-aria.html');
    readPage(doc);
    const dd = Array.from(doc.querySelectorAll('dd')).find(
      (d) => d.textContent === 'Eligibility indicated',
    )!;
    dd.textContent = 'Eligibility not indicated';
    expect(readPage(doc).snapshot.fields.decision.value).toBe('Eligibility not indicated');
  });
});

describe('a question the page opens with CSS alone', () => {
  it('is seen closing at the next re-check, though nothing in the page changed', () => {
    const doc = htmlDocument(`<title>Carers Conversation : Timothy Guide (2204451)</title>
      <style>#gp-y:checked ~ .later { display: none; }</style>
      <body><div>
        <span>Does your GP know you are a carer?</span>
        <input type="radio" id="gp-y" name="g"><label for="gp-y">Yes</label>
        <input type="radio" id="gp-n" name="g" checked><label for="gp-n">No</label>
        <div class="later"><span>Would you like us to contact them?</span>
          <input type="radio" id="c-y" name="c"><label for="c-y">Yes</label><input type="radio" id="c-n" name="c"><label for="c-n">No</label></div>
      </div></body>`);
    expect(readPage(doc).snapshot.fields.gpContact.shown).toBe(true);
    (doc.getElementById('gp-y') as HTMLInputElement).checked = true;
    const supported = !(doc.querySelector('.later span') as HTMLElement).checkVisibility();
    const again = readPage(doc).snapshot;
    expect(again.fields.gpKnows.value).toBe('Yes');
    // (happy-dom may not apply :checked in its style; a browser does)
    if (supported) expect(again.fields.gpContact.shown).toBe(false);
  });
});

describe('the maps a reading hands out', () => {
  it('are copies with the same entries in the same order as new Map(m)', () => {
    const a = {};
    const m = new Map<unknown, unknown>([
      ['b', 1],
      [a, 'x'],
      ['a', undefined],
      [2, null],
    ]);
    const copy = copyMap(m);
    expect(copy).not.toBe(m);
    expect([...copy]).toEqual([...new Map(m)]);
    expect(copy.get(a)).toBe('x');
    copy.set('c', 3);
    expect(m.has('c')).toBe(false);
    expect(copyMap(new Map()).size).toBe(0);
  });

  it('are not shared between readings', () => {
    const doc = rendering('a-label-for-divs.html');
    const first = readPage(doc);
    const second = readPage(doc);
    expect(second.controls).not.toBe(first.controls);
    expect([...second.controls]).toEqual([...first.controls]);
    expect(first.controls.size).toBeGreaterThan(0);
  });
});
