/** The single walk: element numbers, controls, and what it tells of each block. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endOf, orderOf, rawOf, within } from '@/lib/page/reader/query';
import { indexDocument } from '@/lib/page/reader/walk';
import { RENDERINGS, htmlDocument, rendering } from '../helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'site');

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
  const pages = [
    ...readdirSync(SITE_DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: f, doc: () => htmlDocument(readFileSync(join(SITE_DIR, f), 'utf8')) })),
    ...readdirSync(RENDERINGS).map((f) => ({ name: f, doc: () => rendering(f) })),
  ];

  it('says a block is in a link or a button exactly when the page says so (closest)', () => {
    const ACTION =
      'a[href], button, [role="button"], [role="link"], [role="tab"], [role="menuitem"]';
    let inside = 0;
    for (const p of pages) {
      const idx = indexDocument(p.doc());
      for (const b of idx.blocks) {
        expect(b.inAction, `${p.name}: ${b.text}`).toBe(!!b.el.closest(ACTION));
        if (b.inAction) inside++;
      }
    }
    expect(inside).toBeGreaterThan(20);
  });
});
