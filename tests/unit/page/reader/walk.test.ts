/** The single walk: element numbers, controls, and what it tells of each block. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endOf, orderOf, rawOf, within } from '@/lib/page/reader/query';
import { indexDocument, indexDocumentInParts, type DomIndex } from '@/lib/page/reader/walk';
import { RENDERINGS, htmlDocument, rendering, toEndCountingPauses } from '../helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'site');

/** Every demo page and every rendering, each read afresh when asked. */
const PAGES = [
  ...readdirSync(SITE_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: f, doc: () => htmlDocument(readFileSync(join(SITE_DIR, f), 'utf8')) })),
  ...readdirSync(RENDERINGS).map((f) => ({ name: f, doc: () => rendering(f) })),
];

const HTML =
  '<body><div><p>First <b>bold</b></p><script>x()</script><p>Second</p></div><ul><li>One</li></ul></body>';

describe('element numbers', () => {
  it('number elements in document order and leave out skipped ones', () => {
    const doc = htmlDocument(HTML);
    const idx = indexDocument(doc);
    const [div, p1, b, p2] = ['div', 'p', 'b', 'p:last-of-type'].map((s) => doc.querySelector(s)!);
    expect([
      orderOf(idx, doc.body),
      orderOf(idx, div),
      orderOf(idx, p1),
      orderOf(idx, b),
      orderOf(idx, p2),
    ]).toEqual([0, 1, 2, 3, 4]);
    expect(orderOf(idx, doc.querySelector('script')!)).toBe(-1);
    expect(endOf(idx, div)).toBe(4);
    expect(within(idx, div, b)).toBe(true);
    expect(within(idx, p2, b)).toBe(false);
    expect(rawOf(idx, p1)).toBe('First bold');
  });

  it('keep an earlier index right after the same page is indexed again, and after a change', () => {
    const doc = htmlDocument(HTML);
    const before = indexDocument(doc);
    const li = doc.querySelector('li')!;
    const liOrder = orderOf(before, li);
    // a new element before the list: every later element is numbered one more by the next walk
    doc.querySelector('div')!.prepend(doc.createElement('span'));
    const after = indexDocument(doc);
    expect(orderOf(after, li)).toBe(liOrder + 1);
    expect(orderOf(before, li)).toBe(liOrder);
    expect(orderOf(before, doc.querySelector('span')!)).toBe(-1);
    expect(orderOf(after, doc.querySelector('span')!)).toBe(2);
    expect(before.pos.has(doc.querySelector('b')!)).toBe(true);
  });

  it('answer for elements of another document', () => {
    const a = htmlDocument(HTML);
    const b = htmlDocument(HTML);
    const ia = indexDocument(a);
    const ib = indexDocument(b);
    expect(orderOf(ia, b.querySelector('li')!)).toBe(-1);
    expect(orderOf(ib, a.querySelector('li')!)).toBe(-1);
    expect(orderOf(ia, a.querySelector('li')!)).toBe(orderOf(ib, b.querySelector('li')!));
  });

  it('find the control an element is', () => {
    const doc = htmlDocument(
      '<body><p>Name <input type="text"></p><p>Kind <select><option>A</option></select> <input type="RADIO"> <input type="submit"></p></body>',
    );
    const idx = indexDocument(doc);
    const [text, radio, submit] = Array.from(doc.querySelectorAll('input'));
    const select = doc.querySelector('select')!;
    expect(idx.ctlByEl.get(text)).toBe(idx.ctls[0]);
    expect(idx.ctlByEl.get(select)?.kind).toBe('select');
    expect(idx.ctlByEl.get(radio)?.kind).toBe('radio');
    expect(idx.ctlByEl.has(submit)).toBe(false);
    expect(idx.ctlByEl.has(doc.querySelector('p')!)).toBe(false);
    expect(idx.ctlByEl.get(doc.querySelector('option')!)).toBeUndefined();
  });
});

describe('what the walk tells of each block', () => {
  it('says a block is in a link or a button exactly when the page says so (closest)', () => {
    const ACTION =
      'a[href], button, [role="button"], [role="link"], [role="tab"], [role="menuitem"]';
    let inside = 0;
    for (const p of PAGES) {
      const idx = indexDocument(p.doc());
      for (const b of idx.blocks) {
        expect(b.inAction, `${p.name}: ${b.text}`).toBe(!!b.el.closest(ACTION));
        if (b.inAction) inside++;
      }
    }
    expect(inside).toBeGreaterThan(20);
  });
});

describe('a walk in parts', () => {
  /** Everything an index holds, elements given by their numbers. */
  function shape(idx: DomIndex) {
    const n = (e: Element | null) => (e ? (idx.pos.get(e) ?? -2) : -1);
    const byId = (m: Map<string, Element[]>) => [...m].map(([id, els]) => [id, els.map(n)]);
    return {
      pos: [...idx.pos.values()],
      ends: idx.ends,
      raw: idx.raw,
      blocks: idx.blocks.map((b) => [
        n(b.el),
        b.end,
        b.raw,
        b.hasControl,
        n(b.label),
        n(b.cell),
        b.inAction,
        b.lead?.nodeValue ?? null,
      ]),
      ctls: idx.ctls.map((c) => [n(c.el), c.kind]),
      tables: idx.tables.map(n),
      lists: idx.lists.map(n),
      labelFor: byId(idx.labelFor),
      labelledBy: byId(idx.labelledBy),
      ariaLabelled: idx.ariaLabelled.map(n),
      tabRoles: idx.tabRoles.map(n),
    };
  }

  /** Takes every part; returns the index and the number of pauses. */
  function inParts(doc: Document, part: number): { idx: DomIndex; pauses: number } {
    const { value, pauses } = toEndCountingPauses(indexDocumentInParts(doc, part));
    return { idx: value, pauses };
  }

  it('gives the same index as a walk in one go, on every page, however small the parts', () => {
    for (const p of PAGES) {
      const whole = shape(indexDocument(p.doc()));
      for (const part of [1, 7, 500]) {
        expect(shape(inParts(p.doc(), part).idx), `${p.name}, parts of ${part}`).toEqual(whole);
      }
    }
  });

  it('pauses after each part of so many elements', () => {
    const doc = htmlDocument(`<body>${'<p>Text</p>'.repeat(99)}</body>`);
    // the body and 99 paragraphs: 100 elements, paused after each 10 but the last
    expect(inParts(doc, 10).pauses).toBe(9);
    expect(inParts(doc, 100).pauses).toBe(0);
  });

  it('ends without an error when the page changes during a pause', () => {
    const doc = htmlDocument(
      `<body><div id="a">${'<p>One <b>two</b></p>'.repeat(20)}</div><div id="b"><p>Kept</p></div></body>`,
    );
    const parts = indexDocumentInParts(doc, 5);
    parts.next();
    doc.getElementById('a')!.remove();
    let next = parts.next();
    while (!next.done) next = parts.next();
    // an index of no one moment, which the reader reads again; the rest of the page is in it
    expect(next.value.pos.has(doc.querySelector('#b p')!)).toBe(true);
    expect(next.value.ends[0]).toBe(next.value.ends.length - 1);
  });
});
