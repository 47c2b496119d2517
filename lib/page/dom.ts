/**
 * One pass over the page: every element numbered in document order, the visible text of every
 * element small enough to be a label, every form control, table and label reference.
 * Everything the reader asks later (what is between two questions, which controls a fieldset
 * holds, which text follows a label) is answered from this index, not by querying the DOM again.
 *
 * No layout is forced: texts come from text nodes (never `innerText`), and visibility is asked
 * only for the few elements the reader reports on (`isShown`).
 */
import { cleanLines, cleanText, displayLabel, isPlaceholderOption } from './text';

/** Elements longer than this (in characters of text) are never a label, a value or a caption. */
export const TEXT_CAP = 600;

export type CtlKind = 'text' | 'select' | 'multiselect' | 'radio' | 'checkbox';

export interface Ctl {
  el: HTMLElement;
  kind: CtlKind;
  order: number;
  /** index in DomIndex.ctls */
  index: number;
}

export interface Block {
  el: Element;
  order: number;
  /** order of the last element inside it */
  end: number;
  /** visible text, whitespace collapsed (form controls' contents and buttons' texts left out) */
  text: string;
  /** it contains a form control */
  hasControl: boolean;
}

export interface DomIndex {
  doc: Document;
  /** element → [order, end] (pre-order number of the element, of its last descendant) */
  pos: Map<Element, [number, number]>;
  /** text (with "\n" at block boundaries) of each element of at most TEXT_CAP characters */
  raw: Map<Element, string>;
  /** text-bearing elements, in document order; a wrapper around a single element is left out */
  blocks: Block[];
  ctls: Ctl[];
  ctlByEl: Map<Element, Ctl>;
  /** tables: <table> and role=table / role=grid, in document order */
  tables: Element[];
  /** lists (ul, ol, dl), for tables without headers */
  lists: Element[];
  /** id → <label for=id> elements */
  labelFor: Map<string, Element[]>;
  /** id → elements whose aria-labelledby names it */
  labelledBy: Map<string, Element[]>;
  /** elements carrying aria-label */
  ariaLabelled: Element[];
  /** elements with role=tab or role=tabpanel */
  tabRoles: Element[];
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'option', 'optgroup', 'datalist']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'label',
]);
const NOT_CONTROL_INPUT = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);
const BUTTON_INPUT = new Set(['submit', 'button', 'reset', 'image']);

function inputKind(el: Element): CtlKind | null {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (NOT_CONTROL_INPUT.has(type)) return null;
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') return 'checkbox';
  return 'text';
}

/** Build the index: one walk over the body. */
export function indexDocument(doc: Document): DomIndex {
  const idx: DomIndex = {
    doc,
    pos: new Map(),
    raw: new Map(),
    blocks: [],
    ctls: [],
    ctlByEl: new Map(),
    tables: [],
    lists: [],
    labelFor: new Map(),
    labelledBy: new Map(),
    ariaLabelled: [],
    tabRoles: [],
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return idx;
  let counter = 0;
  const pending: Array<Block | null> = [];

  const visit = (el: Element): { text: string | null; ctl: boolean } => {
    const tag = el.localName;
    const order = counter++;
    const slot = pending.length;
    pending.push(null);
    const span: [number, number] = [order, order];
    idx.pos.set(el, span);

    // references
    if (tag === 'label') {
      const f = el.getAttribute('for');
      if (f) push(idx.labelFor, f, el);
    }
    const lb = el.getAttribute('aria-labelledby');
    if (lb) for (const id of lb.split(/\s+/)) if (id) push(idx.labelledBy, id, el);
    if (el.hasAttribute('aria-label')) idx.ariaLabelled.push(el);
    const role = el.getAttribute('role');
    if (role === 'tab' || role === 'tabpanel' || role === 'tablist') idx.tabRoles.push(el);
    if (tag === 'table' || role === 'table' || role === 'grid' || role === 'treegrid') idx.tables.push(el);
    else if (tag === 'ul' || tag === 'ol' || tag === 'dl') idx.lists.push(el);

    // controls: their contents are values, never labels
    let ctlKind: CtlKind | null = null;
    if (tag === 'input') ctlKind = inputKind(el);
    else if (tag === 'select') ctlKind = (el as HTMLSelectElement).multiple ? 'multiselect' : 'select';
    else if (tag === 'textarea' || tag === 'output') ctlKind = 'text';
    else if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') ctlKind = 'text';
    if (ctlKind) {
      const c: Ctl = { el: el as HTMLElement, kind: ctlKind, order, index: idx.ctls.length };
      idx.ctls.push(c);
      idx.ctlByEl.set(el, c);
      if (tag !== 'input') skipChildren(el);
      return { text: '', ctl: true };
    }
    if (tag === 'input' || tag === 'select' || tag === 'textarea') return { text: '', ctl: false };

    let text: string | null = '';
    let ctl = false;
    let parts = 0;
    let onlyChild: Element | null = null;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const v = n.nodeValue ?? '';
        if (text !== null) text += v;
        if (v.trim()) {
          parts += 2;
        }
      } else if (n.nodeType === 1) {
        const child = n as Element;
        const ctag = child.localName;
        if (SKIP.has(ctag)) continue;
        const r = visit(child);
        if (r.ctl) ctl = true;
        const isButton = ctag === 'button' || (ctag === 'input' && BUTTON_INPUT.has((child.getAttribute('type') ?? '').toLowerCase()));
        if (isButton) continue;
        if (r.text === null) {
          text = null;
          parts += 2;
        } else if (r.text.trim()) {
          parts++;
          onlyChild = child;
          if (text !== null) text += BLOCK.has(ctag) ? `\n${r.text}\n` : r.text;
        } else if (ctag === 'br' && text !== null) {
          text += '\n';
        }
      }
      if (text !== null && text.length > TEXT_CAP * 2) text = null;
    }
    span[1] = counter - 1;
    if (text !== null) {
      const clean = cleanText(text);
      if (clean.length > TEXT_CAP) text = null;
      else {
        idx.raw.set(el, text);
        // a wrapper around a single element with the same text adds nothing: leave it out
        if (clean && !(parts === 1 && onlyChild)) {
          pending[slot] = { el, order, end: span[1], text: clean, hasControl: ctl };
        }
      }
    }
    return { text, ctl };
  };

  const skipChildren = (el: Element) => {
    // a control's subtree (select options, textarea text) is not walked, but the numbering must
    // still cover it so that order ranges stay consistent
    const span = idx.pos.get(el)!;
    span[1] = counter - 1;
  };

  visit(root);
  for (const b of pending) if (b) idx.blocks.push(b);
  return idx;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

// ---------------------------------------------------------------------------------------------
// Queries on the index

export function orderOf(idx: DomIndex, el: Element): number {
  const p = idx.pos.get(el);
  return p ? p[0] : -1;
}

export function endOf(idx: DomIndex, el: Element): number {
  const p = idx.pos.get(el);
  return p ? p[1] : -1;
}

/** Is `inner` inside `outer` (or the same element)? */
export function within(idx: DomIndex, outer: Element, inner: Element): boolean {
  const o = idx.pos.get(outer);
  const i = idx.pos.get(inner);
  if (!o || !i) return outer.contains(inner);
  return i[0] >= o[0] && i[0] <= o[1];
}

/** First index in a sorted array of numbers (or items by key) whose key is > x. */
export function upperBound<T>(arr: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Controls whose order is in (from, to). */
export function ctlsBetween(idx: DomIndex, from: number, to: number): Ctl[] {
  const out: Ctl[] = [];
  for (let i = upperBound(idx.ctls, from, (c) => c.order); i < idx.ctls.length && idx.ctls[i].order < to; i++) out.push(idx.ctls[i]);
  return out;
}

/** Controls inside an element. */
export function ctlsIn(idx: DomIndex, el: Element): Ctl[] {
  const p = idx.pos.get(el);
  if (!p) return [];
  return ctlsBetween(idx, p[0] - 1, p[1] + 1);
}

/** Blocks entirely between two orders (exclusive), in document order. */
export function blocksBetween(idx: DomIndex, from: number, to: number): Block[] {
  const out: Block[] = [];
  for (let i = upperBound(idx.blocks, from, (b) => b.order); i < idx.blocks.length && idx.blocks[i].order < to; i++) {
    const b = idx.blocks[i];
    if (b.end < to) out.push(b);
  }
  return out;
}

/** An element's text, with "\n" at block boundaries (cleaned), whatever its length. */
export function linesOf(idx: DomIndex, el: Element): string {
  const r = idx.raw.get(el);
  if (r !== undefined) return cleanLines(r);
  return cleanLines(el.textContent);
}

/** An element's text on one line. */
export function textOf(idx: DomIndex, el: Element): string {
  const r = idx.raw.get(el);
  if (r !== undefined) return cleanText(r);
  return cleanText(el.textContent);
}

// ---------------------------------------------------------------------------------------------
// Control values

/** The visible text of a select's chosen option; null when none or a placeholder is chosen. */
export function selectText(sel: HTMLSelectElement): string | null {
  const i = sel.selectedIndex;
  if (i < 0) return null;
  const opt = sel.options[i];
  if (!opt) return null;
  const t = displayLabel(opt.textContent);
  return isPlaceholderOption(t) ? null : t;
}

/** The visible texts of a select's options, placeholders left out. */
export function selectOptions(sel: HTMLSelectElement): string[] {
  const out: string[] = [];
  for (const o of Array.from(sel.options)) {
    const t = displayLabel(o.textContent);
    if (!isPlaceholderOption(t)) out.push(t);
  }
  return out;
}

/** A text box's value, trimmed; null when blank. A select's chosen text. */
export function ctlValue(c: Ctl): string | null {
  const el = c.el;
  if (c.kind === 'select') return selectText(el as HTMLSelectElement);
  if (c.kind === 'multiselect') {
    const vals: string[] = [];
    for (const o of Array.from((el as HTMLSelectElement).options)) if (o.selected) vals.push(displayLabel(o.textContent));
    return vals.length ? vals.join(', ') : null;
  }
  if (c.kind === 'radio' || c.kind === 'checkbox') return null;
  const v = el.localName === 'input' || el.localName === 'textarea' ? (el as HTMLInputElement).value : el.localName === 'output' ? linesOfNode(el) : el.textContent;
  const t = (v ?? '').trim();
  return t ? t : null;
}

function linesOfNode(el: Element): string {
  return cleanLines(el.textContent);
}

/** Can the worker change this control? */
export function ctlEditable(c: Ctl): boolean {
  const el = c.el as HTMLInputElement;
  if (el.localName === 'output') return false;
  if (el.localName === 'input' || el.localName === 'select' || el.localName === 'textarea') {
    if (el.disabled || el.hasAttribute('disabled')) return false;
    if (el.localName !== 'select' && (el.readOnly || el.hasAttribute('readonly'))) return false;
    if (el.closest('fieldset[disabled]')) return false;
  }
  if (el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true') return false;
  return true;
}

export function isChecked(c: Ctl): boolean {
  return !!(c.el as HTMLInputElement).checked;
}

// ---------------------------------------------------------------------------------------------
// Visibility

const visCache = new WeakMap<DomIndex, Map<Element, boolean>>();

/**
 * Is the element rendered visibly now? Asks the browser once per element (`checkVisibility`,
 * which needs style but no layout); where that is missing, looks for `hidden`, inline
 * `display: none` / `visibility: hidden` and computed style on the ancestors, remembered per
 * element for the rest of this reading.
 */
export function isShown(idx: DomIndex, el: Element): boolean {
  let cache = visCache.get(idx);
  if (!cache) visCache.set(idx, (cache = new Map()));
  const hit = cache.get(el);
  if (hit !== undefined) return hit;
  let shown: boolean;
  // the `hidden` attribute first: one native call, and some DOMs ignore it in checkVisibility
  if (el.closest('[hidden]')) {
    cache.set(el, false);
    return false;
  }
  const cv = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof cv === 'function') {
    shown = cv.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  } else {
    shown = ancestorsShown(idx, el, cache);
  }
  cache.set(el, shown);
  return shown;
}

function ancestorsShown(idx: DomIndex, el: Element, cache: Map<Element, boolean>): boolean {
  const view = idx.doc.defaultView;
  let result = true;
  const chain: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = cache.get(e);
    if (known !== undefined && e !== el) {
      result = known;
      break;
    }
    chain.push(e);
    if (e.hasAttribute('hidden')) {
      result = false;
      break;
    }
    const st = (e as HTMLElement).style;
    if (st && (st.display === 'none' || st.visibility === 'hidden')) {
      result = false;
      break;
    }
    if (view) {
      const cs = view.getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden') {
        result = false;
        break;
      }
    }
  }
  if (result) for (const e of chain) cache.set(e, true);
  return result;
}
