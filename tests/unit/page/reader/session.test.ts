// @vitest-environment happy-dom
/**
 * Re-checks of the same page through a reading session fed by a mutation observer, as the
 * sidebar's checker feeds it: values are read again every time; the page's structure is kept
 * while nothing in the page changes, and read afresh as soon as something does.
 */
import { describe, expect, it } from 'vitest';
import { readPage, type PageReading, type ReadOptions } from '@/lib/page/reader';
import { htmlDocument, rendering } from '../helpers';
import { watchedReader } from '../session-helpers';

function fresh(doc: Document) {
  return readPage(doc).snapshot;
}

/** The same page read again and again, as the checker reads it. */
const readers = new WeakMap<Document, (options?: ReadOptions) => PageReading>();
function reread(doc: Document, options: ReadOptions = {}): PageReading {
  let read = readers.get(doc);
  if (!read) readers.set(doc, (read = watchedReader(doc)));
  return read(options);
}

describe('reading the same page again', () => {
  it('gives the same snapshot when nothing changed', () => {
    const doc = rendering('a-label-for-divs.html');
    const first = reread(doc).snapshot;
    const second = reread(doc).snapshot;
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
      reread(doc);
      for (const t of Array.from(doc.querySelectorAll('textarea'))) t.value = `${t.value} (edited)`;
      for (const i of Array.from(
        doc.querySelectorAll('input[type="text"], input:not([type])'),
      ) as HTMLInputElement[])
        i.value = `${i.value}1`;
      for (const sel of Array.from(doc.querySelectorAll('select')))
        if (!sel.multiple && sel.options.length > 1) sel.selectedIndex = sel.options.length - 1;
      const radios = Array.from(doc.querySelectorAll('input[type="radio"]')) as HTMLInputElement[];
      for (const r of radios) if (!r.checked) r.checked = true;
      const again = reread(doc).snapshot;
      expect(again, file).toEqual(fresh(doc));
      expect(again.fields.conversation.areas[0].value, file).toMatch(/\(edited\)$/);
    }
  });

  it('moves the focus target of a radio group to the newly checked radio', () => {
    const doc = rendering('a-label-for-divs.html');
    expect(reread(doc).controls.get('gpKnows')!.id).toBe('gp-n');
    (doc.getElementById('gp-y') as HTMLInputElement).checked = true;
    expect(reread(doc).controls.get('gpKnows')!.id).toBe('gp-y');
  });

  it('reads afresh when the page changes: a question shown, a row added, a field removed', () => {
    const doc = rendering('c-fieldsets-aria.html');
    expect(reread(doc).snapshot.fields.gpContact.shown).toBe(false);
    (doc.getElementById('gp-contact') as HTMLElement).style.display = 'block';
    expect(reread(doc).snapshot.fields.gpContact.shown).toBe(true);

    const plan = doc.querySelector('table[aria-labelledby="plan-title"] tbody')!;
    const row = plan.lastElementChild!.cloneNode(true) as HTMLElement;
    plan.append(row);
    (row.querySelector('input') as HTMLInputElement).value = 'A third outcome';
    expect(reread(doc).snapshot.fields.supportPlan.rows.map((r) => r.cells.want)).toEqual([
      'A break from caring each week',
      'Sleep better',
      'A third outcome',
    ]);

    doc.getElementById('q-method')!.remove();
    expect(reread(doc).snapshot.notFound).toEqual(['contactMethod']);
  });

  it('starts afresh when the label overrides change', () => {
    const doc = rendering('a-label-for-divs.html');
    doc.querySelector('label[for="adults"]')!.textContent = 'How many adults do you care for?';
    expect(reread(doc).snapshot.fields.adultsCaredFor.found).toBe(false);
    expect(
      reread(doc, { labelOverrides: { adultsCaredFor: ['How many adults do you care for'] } })
        .snapshot.fields.adultsCaredFor.found,
    ).toBe(true);
    expect(reread(doc).snapshot.fields.adultsCaredFor.found).toBe(false);
  });

  it("ignores changes inside the extension's own element", () => {
    const doc = rendering('a-label-for-divs.html');
    const first = reread(doc);
    const host = doc.createElement('mosaic-companion');
    doc.body.append(host);
    host.setAttribute('data-x', '1');
    const again = reread(doc);
    expect(again.snapshot).toEqual(first.snapshot);
  });
});

describe('changes that leave the page as it was', () => {
  it('are not changes: an attribute set to its value, a text replaced by the same text', () => {
    const doc = rendering('c-fieldsets-aria.html');
    reread(doc);
    const hidden = doc.getElementById('gp-contact') as HTMLElement;
    hidden.setAttribute('style', hidden.getAttribute('style')!);
    const dd = Array.from(doc.querySelectorAll('dd')).find(
      (d) => d.textContent === 'Eligibility indicated',
    )!;
    dd.textContent = 'Eligibility indicated';
    (doc.querySelectorAll('textarea')[2] as HTMLTextAreaElement).value = 'typed';
    const again = reread(doc).snapshot;
    expect(again.fields.decision.value).toBe('Eligibility indicated');
    expect(again.fields.conversation.areas[0].value).toBe('typed');
    expect(again).toEqual(fresh(doc));
  });

  it('but a text that really changed is read again', () => {
    const doc = rendering('c-fieldsets-aria.html');
    reread(doc);
    const dd = Array.from(doc.querySelectorAll('dd')).find(
      (d) => d.textContent === 'Eligibility indicated',
    )!;
    dd.textContent = 'Eligibility not indicated';
    expect(reread(doc).snapshot.fields.decision.value).toBe('Eligibility not indicated');
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
    expect(reread(doc).snapshot.fields.gpContact.shown).toBe(true);
    (doc.getElementById('gp-y') as HTMLInputElement).checked = true;
    const supported = !(doc.querySelector('.later span') as HTMLElement).checkVisibility();
    const again = reread(doc).snapshot;
    expect(again.fields.gpKnows.value).toBe('Yes');
    // (happy-dom may not apply :checked in its style; a browser does)
    if (supported) expect(again.fields.gpContact.shown).toBe(false);
  });
});

describe('the maps a reading hands out', () => {
  it('are not shared between readings', () => {
    const doc = rendering('a-label-for-divs.html');
    const first = reread(doc);
    const second = reread(doc);
    expect(second.controls).not.toBe(first.controls);
    expect([...second.controls]).toEqual([...first.controls]);
    expect(first.controls.size).toBeGreaterThan(0);
  });
});
