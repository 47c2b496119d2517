/** The index's element numbers: right in every index, however many later walks numbered the same elements. */
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endOf, indexDocument, orderOf, rawOf, within, type DomIndex } from '@/lib/page/dom';
import { RENDERINGS, htmlDocument, rendering } from './helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'site');

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

describe('the arrays by element, made at the length of the last walk', () => {
  const names = readdirSync(SITE_DIR).filter((f) => f.endsWith('.html'));
  const load = (f: string) => htmlDocument(readFileSync(join(SITE_DIR, f), 'utf8'));
  const view = (idx: DomIndex) => ({
    els: [...idx.pos.els],
    ends: [...idx.ends],
    raw: [...idx.raw],
    blocks: idx.blocks.map((b) => [
      b.el,
      b.order,
      b.end,
      b.raw,
      b.hasControl,
      b.label,
      b.cell,
      b.inAction,
      b.lead,
    ]),
    ctls: idx.ctls.map((c) => [c.el, c.kind, c.order, c.index]),
    tables: idx.tables,
    lists: idx.lists,
  });

  it('give the same index as a first walk, after a larger page and after a smaller one', async () => {
    const sizes = names.map((f) => indexDocument(load(f)).pos.els.length);
    const largest = names[sizes.indexOf(Math.max(...sizes))];
    const smallest = names[sizes.indexOf(Math.min(...sizes))];
    expect(Math.max(...sizes)).toBeGreaterThan(Math.min(...sizes) * 4);
    for (const f of names) {
      const doc = load(f);
      vi.resetModules();
      const fresh = (await import('@/lib/page/dom')).indexDocument(doc);
      expect(fresh.pos.els.length).toBe(fresh.ends.length);
      for (const before of [largest, smallest]) {
        indexDocument(load(before));
        const idx = indexDocument(doc);
        expect(view(idx), `${f} after ${before}`).toEqual(view(fresh));
        expect(idx.ends.length, f).toBe(fresh.ends.length);
        expect(idx.raw.length, f).toBe(fresh.raw.length);
      }
    }
  });
});
