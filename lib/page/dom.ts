/**
 * One pass over the page: every element numbered in document order, the visible text of every
 * element small enough to be a label, every form control, table and label reference.
 * Everything the reader asks later (what is between two questions, which controls a fieldset
 * holds, which text follows a label) is answered from this index, not by querying the DOM again.
 *
 * No layout is forced: texts come from text nodes (never `innerText`), and visibility is asked
 * only for the few elements the reader reports on (`isShown`).
 */
import { cleanLines, cleanText, displayLabel, hasText, isPlaceholderOption } from './text';

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
  /** visible text as collected (block boundaries as "\n"), form controls' contents and buttons' texts left out */
  raw: string;
  /** the same, whitespace collapsed (computed when first asked for) */
  readonly text: string;
  /** it contains a form control */
  hasControl: boolean;
  /** the <label> it is in (or is), if any */
  label: Element | null;
  /** the table cell it is in (or is), if any */
  cell: Element | null;
  /** it is inside a link or a button (or a role=button/link/tab/menuitem) */
  inAction: boolean;
  /** the text it starts with, when elements with text follow it inside ("Suggested budget <b>600</b>") */
  lead: Text | null;
}

class BlockRecord implements Block {
  private clean: string | null = null;
  inAction: boolean;
  constructor(
    public el: Element,
    public order: number,
    public end: number,
    public raw: string,
    public hasControl: boolean,
    public label: Element | null,
    public cell: Element | null,
    inAction: boolean,
    public lead: Text | null,
  ) {
    this.inAction = inAction;
  }
  get text(): string {
    return (this.clean ??= cleanText(this.raw));
  }
}

/** Where the walk leaves each element's number on the element itself (checked against `Positions.els`). */
const ORDER = Symbol('order');
type Numbered = Element & { [ORDER]?: number };

/** The index that numbered elements last: the numbers left on elements by any earlier one may be overwritten. */
let latest: Positions | null = null;

/**
 * element → its pre-order number. The walk writes the number on the element (cheaper than a map
 * entry per element) and keeps the elements by number, so a number is only believed when the
 * element is at that place. Once a later walk has numbered elements again, the numbers are taken
 * from a map built from the list.
 */
export class Positions {
  /** by pre-order number: the element */
  readonly els: Element[];
  private map: Map<Element, number> | null = null;
  private stale = false;

  /** `size`: how many elements are expected (room made for them at once; the list is cut to size by `trim`) */
  constructor(size = 0) {
    this.els = new Array(size);
    if (latest) latest.stale = true;
    latest = this;
  }

  add(el: Element, order: number): void {
    this.els[order] = el;
    (el as Numbered)[ORDER] = order;
  }

  /** Cut the list to the `count` elements numbered. */
  trim(count: number): void {
    this.els.length = count;
  }

  get(el: Element): number | undefined {
    if (this.map) return this.map.get(el);
    const o = (el as Numbered)[ORDER];
    if (o !== undefined && this.els[o] === el) return o;
    if (!this.stale) return undefined;
    const map = (this.map = new Map());
    for (let i = 0; i < this.els.length; i++) map.set(this.els[i], i);
    return map.get(el);
  }

  has(el: Element): boolean {
    return this.get(el) !== undefined;
  }
}

/** element → the form control it is, found by its number among the controls (kept in order) */
class CtlLookup {
  constructor(
    private readonly pos: Positions,
    private readonly ctls: Ctl[],
  ) {}

  get(el: Element): Ctl | undefined {
    const o = this.pos.get(el);
    if (o === undefined) return undefined;
    const ctls = this.ctls;
    const i = upperBound(ctls, o, (c) => c.order) - 1;
    return i >= 0 && ctls[i].order === o ? ctls[i] : undefined;
  }

  has(el: Element): boolean {
    return this.get(el) !== undefined;
  }
}

export interface DomIndex {
  doc: Document;
  /** element → its pre-order number */
  pos: Positions;
  /** by element order: the order of its last descendant */
  ends: number[];
  /** by element order: its text (with "\n" at block boundaries), when at most 2 × TEXT_CAP characters */
  raw: Array<string | undefined>;
  /** text-bearing elements, in document order; a wrapper around a single element is left out */
  blocks: Block[];
  ctls: Ctl[];
  ctlByEl: CtlLookup;
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

// Each tag's part in the walk, found by one lookup: a kind (low bits) and whether it is a block.
const OTHER = 0;
const SKIP = 1;
const TABLE = 2;
const LIST = 3;
const BUTTON = 4;
const INPUT = 5;
const SELECT = 6;
const TEXTAREA = 7;
const OUTPUT = 8;
const LABEL = 9;
const CELL = 10;
const LINK = 11;
const BR = 12;
const KIND = 15;
/** its text is set apart from its neighbours' by line breaks */
const BLOCK = 16;
const TAGS = new Map<string, number>();
for (const t of [
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'option',
  'optgroup',
  'datalist',
])
  TAGS.set(t, SKIP);
for (const t of [
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'p',
  'pre',
  'section',
  'summary',
  'tbody',
  'tfoot',
  'thead',
  'tr',
])
  TAGS.set(t, BLOCK);
TAGS.set('table', TABLE | BLOCK);
for (const t of ['ul', 'ol', 'dl']) TAGS.set(t, LIST | BLOCK);
TAGS.set('label', LABEL | BLOCK);
TAGS.set('td', CELL | BLOCK);
TAGS.set('th', CELL | BLOCK);
TAGS.set('br', BR | BLOCK);
TAGS.set('button', BUTTON);
TAGS.set('input', INPUT);
TAGS.set('select', SELECT);
TAGS.set('textarea', TEXTAREA);
TAGS.set('output', OUTPUT);
TAGS.set('a', LINK);

const NOT_CONTROL_INPUT = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);
const BUTTON_INPUT = new Set(['submit', 'button', 'reset', 'image']);

function inputKind(type: string): CtlKind | null {
  if (NOT_CONTROL_INPUT.has(type)) return null;
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') return 'checkbox';
  return 'text';
}

const ATTRIBUTE_QUERY = '[aria-labelledby], [aria-label], [role], [contenteditable]';

/** Blocks inside an element with a link's or button's role are not questions. */
function markActions(idx: DomIndex, e: Element): void {
  const o = idx.pos.get(e)!;
  const end = idx.ends[o];
  for (
    let i = upperBound(idx.blocks, o - 1, (b) => b.order);
    i < idx.blocks.length && idx.blocks[i].order <= end;
    i++
  ) {
    (idx.blocks[i] as BlockRecord).inAction = true;
  }
}

/** Build the index: one walk over the body, then a few native selector queries for attributes. */
export function indexDocument(doc: Document): DomIndex {
  const first = indexWith(doc, null);
  // rich-text boxes are rare: found by the attribute query after the walk, then walked again as controls
  if (first.editable.length === 0) return first.idx;
  return indexWith(doc, new Set(first.editable)).idx;
}

/**
 * How many elements the last walk numbered: the arrays by element are made that long at once
 * rather than grown element by element (each growth copies them), then cut to the count. Kept
 * below the length at which the engine would make such an array a slow dictionary.
 */
let sizeHint = 0;

/**
 * The walk's blocks by element number (made after their element's inner ones, listed in document
 * order at the end): kept from walk to walk, emptied after each, rather than made again each time.
 */
const slots: Array<Block | null> = [];

function indexWith(
  doc: Document,
  editable: Set<Element> | null,
): { idx: DomIndex; editable: Element[] } {
  const found: Element[] = [];
  const size = sizeHint;
  const pos = new Positions(size);
  const ctls: Ctl[] = [];
  const idx: DomIndex = {
    doc,
    pos,
    ends: new Array(size),
    raw: new Array(size),
    blocks: [],
    ctls,
    ctlByEl: new CtlLookup(pos, ctls),
    tables: [],
    lists: [],
    labelFor: new Map(),
    labelledBy: new Map(),
    ariaLabelled: [],
    tabRoles: [],
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return { idx, editable: found };
  let counter = 0;
  let blockCount = 0;
  // the context of the element being visited
  let label: Element | null = null;
  let cell: Element | null = null;
  let actions = 0;
  /** set by visit(): the element held a form control */
  let sawCtl = false;
  /** set by visit(): the element is a button (its text is not its parent's) */
  let sawButton = false;
  /** set by visit(): the element's text has a character that is not whitespace */
  let sawText = false;

  const visit = (el: Element, tag: number): string | null => {
    const order = counter++;
    const slot = order;
    slots[slot] = null;
    idx.pos.add(el, order);
    idx.ends[order] = order;
    const kind = tag & KIND;
    if (kind === TABLE) idx.tables.push(el);
    else if (kind === LIST) idx.lists.push(el);
    else if (kind === LABEL) {
      // read here rather than by the attribute query: the walk already knows which elements are labels
      const f = el.getAttribute('for');
      if (f) push(idx.labelFor, f, el);
    }

    // controls: their contents are values, never labels
    let ctlKind: CtlKind | null = null;
    sawButton = kind === BUTTON;
    if (kind === INPUT) {
      const type = (el as HTMLInputElement).type;
      sawButton = BUTTON_INPUT.has(type);
      ctlKind = inputKind(type);
    } else if (kind === SELECT)
      ctlKind = (el as HTMLSelectElement).multiple ? 'multiselect' : 'select';
    else if (kind === TEXTAREA || kind === OUTPUT) ctlKind = 'text';
    else if (editable !== null && editable.has(el)) ctlKind = 'text';
    if (ctlKind) {
      const c: Ctl = { el: el as HTMLElement, kind: ctlKind, order, index: idx.ctls.length };
      idx.ctls.push(c);
      sawCtl = true;
      sawText = false;
      return '';
    }
    if (kind === INPUT || kind === SELECT || kind === TEXTAREA) {
      sawCtl = false;
      sawText = false;
      return '';
    }

    const outerLabel = label;
    const outerCell = cell;
    if (kind === LABEL) label = el;
    else if (kind === CELL) cell = el;
    const action = kind === BUTTON || (kind === LINK && el.hasAttribute('href'));
    if (action) actions++;

    let text: string | null = '';
    let ctl = false;
    let any = false;
    let parts = 0;
    let onlyChild: Element | null = null;
    let firstText: Text | null = null;
    let lead: Text | null = null;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      // only elements have a local name: text is told from elements without asking for the node type
      const name = (n as Partial<Element>).localName;
      if (name === undefined) {
        if (n.nodeType !== 3) continue;
        const v = n.nodeValue ?? '';
        if (text !== null) text += v;
        if (hasText(v)) {
          if (parts === 0) firstText = n as Text;
          parts += 2;
          any = true;
        }
      } else {
        if (firstText && !lead && parts === 2) lead = firstText;
        const child = n as Element;
        const ctag = TAGS.get(name) ?? OTHER;
        if (ctag === SKIP) continue;
        const r = visit(child, ctag);
        if (sawCtl) ctl = true;
        if (sawButton) continue;
        if (sawText) any = true;
        if (r === null) {
          text = null;
          parts += 2;
        } else if (sawText) {
          parts++;
          onlyChild = child;
          if (text !== null) text += ctag & BLOCK ? `\n${r}\n` : r;
        } else if (ctag === (BR | BLOCK) && text !== null) {
          text += '\n';
        }
      }
      if (text !== null && text.length > TEXT_CAP * 2) text = null;
    }
    const end = counter - 1;
    idx.ends[order] = end;
    if (text !== null) {
      idx.raw[order] = text;
      // a wrapper around a single element with the same text adds nothing: leave it out
      if (parts > 0 && !(parts === 1 && onlyChild)) {
        blockCount++;
        slots[slot] = new BlockRecord(el, order, end, text, ctl, label, cell, actions > 0, lead);
      }
    }
    label = outerLabel;
    cell = outerCell;
    if (action) actions--;
    sawCtl = ctl;
    sawButton = kind === BUTTON;
    sawText = any;
    return text;
  };

  visit(root, TAGS.get(root.localName) ?? OTHER);
  sizeHint = Math.min(counter, 65536);
  pos.trim(counter);
  idx.ends.length = counter;
  idx.raw.length = counter;
  // made at its final length (counted in the walk) instead of grown block by block
  const blocks: Block[] = (idx.blocks = new Array(blockCount));
  for (let i = 0, j = 0; j < blockCount; i++) {
    const b = slots[i];
    if (b) {
      blocks[j++] = b;
      slots[i] = null;
    }
  }

  // attributes, by one native query rather than per element in the walk
  let roleTables = false;
  const withAttributes = root.querySelectorAll(ATTRIBUTE_QUERY);
  for (let i = 0; i < withAttributes.length; i++) {
    const e = withAttributes[i];
    if (!idx.pos.has(e)) continue;
    const ce = e.getAttribute('contenteditable');
    if ((ce === '' || ce === 'true' || ce === 'plaintext-only') && !editable) found.push(e);
    const lb = e.getAttribute('aria-labelledby');
    if (lb) for (const id of lb.split(/\s+/)) if (id) push(idx.labelledBy, id, e);
    if (e.hasAttribute('aria-label')) idx.ariaLabelled.push(e);
    const role = e.getAttribute('role');
    if (role === 'tab' || role === 'button' || role === 'link' || role === 'menuitem')
      markActions(idx, e);
    if (role === 'tab' || role === 'tabpanel' || role === 'tablist') idx.tabRoles.push(e);
    else if (
      (role === 'table' || role === 'grid' || role === 'treegrid') &&
      e.localName !== 'table'
    ) {
      idx.tables.push(e);
      roleTables = true;
    }
  }
  if (roleTables) idx.tables.sort((a, b) => idx.pos.get(a)! - idx.pos.get(b)!);
  return { idx, editable: found };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

// ---------------------------------------------------------------------------------------------
// Queries on the index

export function orderOf(idx: DomIndex, el: Element): number {
  return idx.pos.get(el) ?? -1;
}

export function endOf(idx: DomIndex, el: Element): number {
  const o = idx.pos.get(el);
  return o === undefined ? -1 : idx.ends[o];
}

/** Is `inner` inside `outer` (or the same element)? */
export function within(idx: DomIndex, outer: Element, inner: Element): boolean {
  const o = idx.pos.get(outer);
  const i = idx.pos.get(inner);
  if (o === undefined || i === undefined) return outer.contains(inner);
  return i >= o && i <= idx.ends[o];
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
  for (
    let i = upperBound(idx.ctls, from, (c) => c.order);
    i < idx.ctls.length && idx.ctls[i].order < to;
    i++
  )
    out.push(idx.ctls[i]);
  return out;
}

/** Controls inside an element. */
export function ctlsIn(idx: DomIndex, el: Element): Ctl[] {
  const o = idx.pos.get(el);
  if (o === undefined) return [];
  return ctlsBetween(idx, o - 1, idx.ends[o] + 1);
}

/** Blocks entirely between two orders (exclusive), in document order. */
export function blocksBetween(idx: DomIndex, from: number, to: number): Block[] {
  const out: Block[] = [];
  for (
    let i = upperBound(idx.blocks, from, (b) => b.order);
    i < idx.blocks.length && idx.blocks[i].order < to;
    i++
  ) {
    const b = idx.blocks[i];
    if (b.end < to) out.push(b);
  }
  return out;
}

/** The text an element had when the page was indexed (undefined when too long). */
export function rawOf(idx: DomIndex, el: Element): string | undefined {
  const o = idx.pos.get(el);
  return o === undefined ? undefined : idx.raw[o];
}

/** An element's text, with "\n" at block boundaries (cleaned), whatever its length. */
export function linesOf(idx: DomIndex, el: Element): string {
  const r = rawOf(idx, el);
  if (r !== undefined) return cleanLines(r);
  return cleanLines(el.textContent);
}

const cleanCache = new WeakMap<DomIndex, Map<Element, string>>();

/** An element's text on one line (remembered for the rest of this reading). */
export function textOf(idx: DomIndex, el: Element): string {
  let cache = cleanCache.get(idx);
  if (!cache) cleanCache.set(idx, (cache = new Map()));
  let t = cache.get(el);
  if (t === undefined) {
    const r = rawOf(idx, el);
    t = cleanText(r !== undefined ? r : el.textContent);
    cache.set(el, t);
  }
  return t;
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
    for (const o of Array.from((el as HTMLSelectElement).options))
      if (o.selected) vals.push(displayLabel(o.textContent));
    return vals.length ? vals.join(', ') : null;
  }
  if (c.kind === 'radio' || c.kind === 'checkbox') return null;
  const v =
    el.localName === 'input' || el.localName === 'textarea'
      ? (el as HTMLInputElement).value
      : el.localName === 'output'
        ? linesOfNode(el)
        : el.textContent;
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
  if (el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true')
    return false;
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
export function isShown(idx: DomIndex, el: Element, fresh = false): boolean {
  let cache = visCache.get(idx);
  if (!cache || fresh) visCache.set(idx, (cache = new Map()));
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
