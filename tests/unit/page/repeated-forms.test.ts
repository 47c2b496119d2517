// @vitest-environment happy-dom
/**
 * A page that holds the same form more than once (the 200-field benchmark page: the demo Carers
 * Conversation form three times over) is read from its first copy only: the copies after it are
 * never walked, and the reading is the one of the page with the form once. Pages whose forms and
 * tab panels differ are indexed whole, as before.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexDocument, repeatedRegions } from '@/lib/page/dom';
import { readPage } from '@/lib/page/read';
import { htmlDocument, RENDERINGS } from './helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'site');

function load(dir: string, file: string): Document {
  return htmlDocument(readFileSync(join(dir, file), 'utf8'), `http://127.0.0.1/${file}`);
}

describe('a page holding the same form more than once', () => {
  it('indexes the 200-field page as the page with the form once, and reads it the same', () => {
    const once = load(SITE_DIR, 'conversation-complete.html');
    const thrice = load(SITE_DIR, 'bench-200.html');
    // the benchmark page really is bigger: three copies of the form
    const onceElements = once.body.getElementsByTagName('*').length;
    expect(thrice.body.getElementsByTagName('*').length).toBeGreaterThan(2.5 * onceElements);

    const a = indexDocument(once);
    const b = indexDocument(thrice);
    expect(a.pos.size).toBeGreaterThan(0.9 * onceElements);
    // the copies after the first are never walked: no more elements, controls or texts than with one
    expect(b.pos.size).toBe(a.pos.size);
    expect(b.ctls.length).toBe(a.ctls.length);
    expect(b.blocks.length).toBe(a.blocks.length);
    expect(b.blocks.map((x) => x.text)).toEqual(a.blocks.map((x) => x.text));

    const fromOnce = readPage(once).snapshot;
    const fromThrice = readPage(thrice).snapshot;
    expect(Object.values(fromOnce.fields).filter((f) => f.found).length).toBeGreaterThan(40);
    expect(fromThrice).toEqual(fromOnce);
  });

  it('walks every other demo page and rendering whole', () => {
    const pages = [
      ...readdirSync(SITE_DIR)
        .filter((f) => f.endsWith('.html') && f !== 'bench-200.html')
        .map((f) => load(SITE_DIR, f)),
      ...readdirSync(RENDERINGS)
        .filter((f) => f.endsWith('.html'))
        .map((f) => load(RENDERINGS, f)),
    ];
    expect(pages.length).toBeGreaterThan(15);
    for (const doc of pages) {
      expect(repeatedRegions(doc.body)).toBeNull();
      const idx = indexDocument(doc);
      expect(idx.ctls.length).toBe(doc.body.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]):not([type=file]), select, textarea, output').length);
    }
  });

  it('walks forms and tab panels that differ, even by a word or in shape alone', () => {
    const panel = (word: string, extra = '') =>
      `<div role="tabpanel"><h2>${word} details</h2><label>Method of contact <select><option>Telephone</option></select></label>${extra}</div>`;
    const differ = htmlDocument(`<body>${panel('Carer')}${panel('Cared for')}</body>`);
    expect(repeatedRegions(differ.body)).toBeNull();
    const shape = htmlDocument(`<body>${panel('Carer')}${panel('Carer', '<span></span>')}</body>`);
    expect(repeatedRegions(shape.body)).toBeNull();
    const forms = htmlDocument('<body><form><input aria-label="Search"> Find</form><form><label>Full name <input></label></form></body>');
    expect(repeatedRegions(forms.body)).toBeNull();
    expect(indexDocument(forms).ctls.length).toBe(2);
  });

  it('leaves out a copy that differs only in what is typed in its boxes, and nothing before or after it', () => {
    const form = (value: string) => `<form><p>Full name <input value="${value}"></p><p>Notes <textarea></textarea></p></form>`;
    const doc = htmlDocument(`<body><h1>Carers Conversation</h1>${form('Ann')}${form('Bob')}<p>Assigned to <input value="Jo"></p></body>`);
    const copies = repeatedRegions(doc.body);
    const formsOnPage = Array.from(doc.querySelectorAll('form'));
    expect(copies ? Array.from(copies) : []).toEqual([formsOnPage[1]]);
    const idx = indexDocument(doc);
    expect(idx.ctls.map((c) => (c.el as HTMLInputElement).value)).toEqual(['Ann', '', 'Jo']);
    expect(idx.pos.has(formsOnPage[1])).toBe(false);
  });
});
