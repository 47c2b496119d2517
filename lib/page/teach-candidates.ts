/**
 * The page's texts a worker may point at as a field's question ("Show me where it is"): visible
 * texts just before (or tied to) an answer control that no field of this page has claimed. Taken
 * from the reader's own structure (which controls each recognised field took), so a question the
 * sidebar already reads is never offered again.
 */
import { readStructure, type ReadOptions } from './reader';
import { textOf, upperBound } from './reader/query';
import { isShown } from './reader/visibility';
import { indexDocument, type Ctl, type DomIndex } from './reader/walk';
import { normaliseLabel, wordCount } from './text';
import { MAX_QUESTION_WORDS } from './teach';

export interface TeachCandidate {
  /** The page element holding the question's text (outlined; never changed). */
  el: Element;
  /** Its visible text, whitespace collapsed. */
  text: string;
}

/** Is the control in a data row of a table with a header row (a cell of a repeating table)? */
function inDataRow(el: Element): boolean {
  const row = el.closest('tr');
  const table = el.closest('table');
  if (!row || !table || row.parentElement?.localName === 'thead') return false;
  return !!table.querySelector('thead, th');
}

/** The element the page ties to the control as its question, if any. */
function tiedQuestion(idx: DomIndex, c: Ctl): Element | null {
  const el = c.el;
  const doc = idx.doc;
  const grouped = el.closest('[role="radiogroup"], [role="group"], fieldset');
  const by = (grouped ?? el).getAttribute('aria-labelledby');
  if (by) {
    const ref = doc.getElementById(by.split(/\s+/)[0]);
    if (ref) return ref;
  }
  if (grouped?.localName === 'fieldset') {
    const legend = grouped.querySelector('legend');
    if (legend) return legend;
  }
  if (c.kind !== 'radio' && c.kind !== 'checkbox') {
    const label = (el.id && idx.labelFor.get(el.id)?.[0]) || el.closest('label');
    if (label) return label;
  }
  return null;
}

/** The nearest text before the control, with no control, link or button in it. */
function textBefore(idx: DomIndex, c: Ctl): Element | null {
  const from = upperBound(idx.blocks, c.order, (b) => b.order) - 1;
  for (let i = from, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const b = idx.blocks[i];
    if (b.end >= c.order) continue;
    if (b.hasControl) return null;
    if (b.inAction || !b.text) continue;
    return b.el;
  }
  return null;
}

/** Unclaimed question texts of the page, in document order. */
export function teachCandidates(doc: Document, options: ReadOptions = {}): TeachCandidate[] {
  const { fields } = readStructure(doc, options);
  const idx = indexDocument(doc);
  const claimed = new Set<Element>();
  const questions = new Set<Element>();
  for (const f of fields) {
    for (const c of f.controls) claimed.add(c);
    if (f.table) for (const c of idx.ctls) if (f.table.contains(c.el)) claimed.add(c.el);
    if (f.question) questions.add(f.question);
  }
  const groups = new Set<string>();
  const out: TeachCandidate[] = [];
  const taken = new Set<Element>();
  for (const c of idx.ctls) {
    if (claimed.has(c.el) || inDataRow(c.el) || !isShown(c.el)) continue;
    const name = c.el.getAttribute('name');
    if ((c.kind === 'radio' || c.kind === 'checkbox') && name) {
      if (groups.has(name)) continue;
      groups.add(name);
    }
    const el = tiedQuestion(idx, c) ?? textBefore(idx, c);
    if (!el || taken.has(el) || questions.has(el) || !isShown(el)) continue;
    const text = textOf(idx, el);
    const words = wordCount(normaliseLabel(text));
    if (words === 0 || words > MAX_QUESTION_WORDS) continue;
    taken.add(el);
    out.push({ el, text });
  }
  return out;
}

/**
 * The element whose text a pointer on `target` means: the nearest element (itself or up to four
 * levels up) that the reader counts as a text of its own, else `target`.
 */
export function pointedText(doc: Document, target: Element): TeachCandidate {
  const idx = indexDocument(doc);
  const blocks = new Set(idx.blocks.map((b) => b.el));
  let el: Element | null = target;
  for (let up = 0; el && up < 5; up++, el = el.parentElement) {
    if (blocks.has(el) && normaliseLabel(textOf(idx, el))) return { el, text: textOf(idx, el) };
  }
  return { el: target, text: textOf(idx, target) };
}
