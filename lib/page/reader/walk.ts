/**
 * The single pass over the page: every element numbered in document order, the visible text of
 * every element small enough to be a label, every form control, table and label reference.
 * Everything the reader asks later (what is between two questions, which controls a fieldset
 * holds, which text follows a label) is answered from this index (query.ts), not by querying the
 * DOM again.
 *
 * No layout is forced: texts come from text nodes (never `innerText`).
 */
import { cleanText, hasText } from '../text';
import { upperBound } from './sorted';
import { BLOCK_TAGS, tagKind, type TagKind } from './tags';

/** Elements longer than this (in characters of text) are never a label, a value or a caption. */
export const TEXT_CAP = 600;

export type CtlKind = 'text' | 'select' | 'multiselect' | 'radio' | 'checkbox';

export interface Ctl {
  el: HTMLElement;
  kind: CtlKind;
  order: number;
}

export interface Block {
  el: Element;
  order: number;
  /** order of the last element inside it */
  end: number;
  /** visible text as collected (block boundaries as "\n"), form controls' contents and buttons' texts left out */
  raw: string;
  /** the same, whitespace collapsed (cleaned when first asked for: most blocks never are) */
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

class TextBlock implements Block {
  private cleaned: string | null = null;
  readonly label: Element | null;
  readonly cell: Element | null;
  inAction: boolean;

  constructor(
    readonly el: Element,
    readonly order: number,
    readonly end: number,
    readonly raw: string,
    readonly hasControl: boolean,
    around: { label: Element | null; cell: Element | null; inAction: boolean },
    readonly lead: Text | null,
  ) {
    this.label = around.label;
    this.cell = around.cell;
    this.inAction = around.inAction;
  }

  get text(): string {
    return (this.cleaned ??= cleanText(this.raw));
  }
}

export interface DomIndex {
  doc: Document;
  /** element → its pre-order number */
  pos: Map<Element, number>;
  /** by element order: the order of its last descendant */
  ends: number[];
  /** by element order: its text (with "\n" at block boundaries), when at most 2 × TEXT_CAP characters */
  raw: Array<string | undefined>;
  /** text-bearing elements, in document order; a wrapper around a single element is left out */
  blocks: Block[];
  /** form controls, in document order */
  ctls: Ctl[];
  /** element → the form control it is */
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
  /** elements with role=tab, role=tabpanel or role=tablist */
  tabRoles: Element[];
  /** element → its text on one line, once asked for (query.ts's textOf) */
  texts: Map<Element, string>;
}

const NOT_CONTROL_INPUT = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);
const BUTTON_INPUT = new Set(['submit', 'button', 'reset', 'image']);

function inputKind(type: string): CtlKind | null {
  if (NOT_CONTROL_INPUT.has(type)) return null;
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') return 'checkbox';
  return 'text';
}

const ATTRIBUTE_QUERY = '[aria-labelledby], [aria-label], [role], [contenteditable]';

/** What the walk tells a parent about the child it visited. */
interface Visited {
  /** the child's text, or null when it is too long to be a label */
  text: string | null;
  /** the child is, or holds, a form control */
  ctl: boolean;
  /** the child is a button (its text is not its parent's) */
  button: boolean;
  /** the child's text has a character that is not whitespace */
  hasText: boolean;
}

/** The walk's context: the label, cell and links or buttons around the element being visited. */
interface Around {
  label: Element | null;
  cell: Element | null;
  inAction: boolean;
}

/** Build the index: one walk over the body, then one native selector query for attributes. */
export function indexDocument(doc: Document): DomIndex {
  const first = indexWith(doc, null);
  // rich-text boxes are rare: found by the attribute query after the walk, then walked again as controls
  if (first.editable.length === 0) return first.idx;
  return indexWith(doc, new Set(first.editable)).idx;
}

function emptyIndex(doc: Document): DomIndex {
  return {
    doc,
    pos: new Map(),
    ends: [],
    raw: [],
    blocks: [],
    ctls: [],
    ctlByEl: new Map(),
    tables: [],
    lists: [],
    labelFor: new Map(),
    labelledBy: new Map(),
    ariaLabelled: [],
    tabRoles: [],
    texts: new Map(),
  };
}

function indexWith(
  doc: Document,
  editable: Set<Element> | null,
): { idx: DomIndex; editable: Element[] } {
  const idx = emptyIndex(doc);
  const root = doc.body ?? doc.documentElement;
  if (!root) return { idx, editable: [] };
  const blocks: Array<Block | null> = [];

  const visit = (el: Element, kind: TagKind, around: Around): Visited => {
    const order = idx.ends.length;
    idx.pos.set(el, order);
    idx.ends.push(order);
    idx.raw.push(undefined);
    blocks.push(null);
    if (kind === 'table') idx.tables.push(el);
    else if (kind === 'list') idx.lists.push(el);
    else if (kind === 'label') {
      const f = el.getAttribute('for');
      if (f) push(idx.labelFor, f, el);
    }

    // controls: their contents are values, never labels
    const ctlKind = controlKind(el, kind, editable);
    const button =
      kind === 'button' || (kind === 'input' && BUTTON_INPUT.has((el as HTMLInputElement).type));
    if (ctlKind) {
      const c: Ctl = { el: el as HTMLElement, kind: ctlKind, order };
      idx.ctls.push(c);
      idx.ctlByEl.set(el, c);
      return { text: '', ctl: true, button, hasText: false };
    }
    if (kind === 'input' || kind === 'select' || kind === 'textarea')
      return { text: '', ctl: false, button, hasText: false };

    const inside: Around = {
      label: kind === 'label' ? el : around.label,
      cell: kind === 'cell' ? el : around.cell,
      inAction:
        around.inAction || kind === 'button' || (kind === 'link' && el.hasAttribute('href')),
    };
    let text: string | null = '';
    let ctl = false;
    let any = false;
    /** text nodes count 2, elements with text 1: a wrapper around one element with text counts 1 */
    let parts = 0;
    let onlyChild: Element | null = null;
    let firstText: Text | null = null;
    let lead: Text | null = null;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const v = n.nodeValue ?? '';
        if (text !== null) text += v;
        if (hasText(v)) {
          if (parts === 0) firstText = n as Text;
          parts += 2;
          any = true;
        }
      } else if (n.nodeType === 1) {
        if (firstText && !lead && parts === 2) lead = firstText;
        const child = n as Element;
        const childKind = tagKind(child.localName);
        if (childKind === 'skip') continue;
        const r = visit(child, childKind, inside);
        if (r.ctl) ctl = true;
        if (r.button) continue;
        if (r.hasText) any = true;
        if (r.text === null) {
          text = null;
          parts += 2;
        } else if (r.hasText) {
          parts++;
          onlyChild = child;
          if (text !== null) text += BLOCK_TAGS.has(child.localName) ? `\n${r.text}\n` : r.text;
        } else if (childKind === 'br' && text !== null) {
          text += '\n';
        }
      }
      if (text !== null && text.length > TEXT_CAP * 2) text = null;
    }
    const end = idx.ends.length - 1;
    idx.ends[order] = end;
    if (any && !ctl && text !== null && isIcon(el, text)) {
      text = '';
      any = false;
      parts = 0;
    }
    if (text !== null) {
      idx.raw[order] = text;
      // a wrapper around a single element with the same text adds nothing: leave it out
      if (parts > 0 && !(parts === 1 && onlyChild)) {
        blocks[order] = new TextBlock(el, order, end, text, ctl, inside, lead);
      }
    }
    return { text, ctl, button, hasText: any };
  };

  visit(root, tagKind(root.localName), { label: null, cell: null, inAction: false });
  idx.blocks = blocks.filter((b): b is Block => b !== null);
  const found = readAttributes(idx, root, editable);
  return { idx, editable: found };
}

/**
 * The face of a drop-down widget: a read-only `role="combobox"` box showing the chosen text of
 * the native control it stands for. It answers nothing itself (forms.md: the native control's
 * state is the answer), so it is no control of the form.
 */
function widgetFace(el: Element): boolean {
  return el.getAttribute('role') === 'combobox' && el.hasAttribute('readonly');
}

/** A glyph drawn as an icon (a cog, an arrow) and hidden from assistive technology: not text. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isIcon(el: Element, text: string): boolean {
  return (
    text.length <= 8 && !LETTER_OR_DIGIT.test(text) && el.getAttribute('aria-hidden') === 'true'
  );
}

function controlKind(el: Element, kind: TagKind, editable: Set<Element> | null): CtlKind | null {
  if (kind === 'input') return widgetFace(el) ? null : inputKind((el as HTMLInputElement).type);
  if (kind === 'select') return (el as HTMLSelectElement).multiple ? 'multiselect' : 'select';
  if (kind === 'textarea' || kind === 'output') return 'text';
  if (editable !== null && editable.has(el)) return 'text';
  return null;
}

/**
 * Attributes, by one native query rather than per element in the walk: aria references, roles
 * (tabs, ARIA tables, links and buttons by role) and rich-text boxes. Returns the rich-text boxes
 * found on a first walk.
 */
function readAttributes(idx: DomIndex, root: Element, editable: Set<Element> | null): Element[] {
  const found: Element[] = [];
  let roleTables = false;
  for (const e of Array.from(root.querySelectorAll(ATTRIBUTE_QUERY))) {
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
  return found;
}

/** Blocks inside an element with a link's or button's role are not questions. */
function markActions(idx: DomIndex, e: Element): void {
  const o = idx.pos.get(e)!;
  const end = idx.ends[o];
  const blocks = idx.blocks;
  for (let i = upperBound(blocks, o - 1, (b) => b.order); i < blocks.length; i++) {
    if (blocks[i].order > end) break;
    blocks[i].inAction = true;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
