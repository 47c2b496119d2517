/**
 * The single pass over the page: every element numbered in document order, the visible text of
 * every element small enough to be a label, every form control, table and label reference.
 * Everything the reader asks later (what is between two questions, which controls a fieldset
 * holds, which text follows a label) is answered from this index (query.ts), not by querying the
 * DOM again.
 *
 * No layout is forced: texts come from text nodes (never `innerText`). The walk itself is
 * index-walk.ts; it can be taken in parts (`indexDocumentInParts`).
 */
import { IndexWalk, push } from './index-walk';
import { toEnd } from './parts';
import { upperBound } from './sorted';

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

export interface DomIndex {
  doc: Document;
  /** element → its pre-order number */
  pos: Map<Element, number>;
  /** by element order: the order of its last descendant */
  ends: number[];
  /** by element order: its text (with "\n" at block boundaries), when at most 2 × TEXT_CAP characters (index-walk.ts) */
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

const ATTRIBUTE_QUERY = '[aria-labelledby], [aria-label], [role], [contenteditable]';

/** Elements walked between two pauses of a walk taken in parts. */
export const WALK_PART = 60;

/** Build the index: one walk over the body, then one native selector query for attributes. */
export function indexDocument(doc: Document): DomIndex {
  return toEnd(indexDocumentInParts(doc));
}

/** The same index in parts of at most `part` elements: each `yield` is a pause between two. */
export function* indexDocumentInParts(doc: Document, part = WALK_PART): Generator<void, DomIndex> {
  const first = yield* walkInParts(doc, null, part);
  // rich-text boxes are rare: found by the attribute query after the walk, then walked again as controls
  const found = readAttributes(first, null);
  if (found.length === 0) return first;
  const editable = new Set(found);
  const again = yield* walkInParts(doc, editable, part);
  readAttributes(again, editable);
  return again;
}

function* walkInParts(
  doc: Document,
  editable: Set<Element> | null,
  part: number,
): Generator<void, DomIndex> {
  const walk = new IndexWalk(doc, editable);
  while (!walk.advance(part)) yield;
  return walk.idx;
}

/**
 * Attributes, by one native query rather than per element in the walk: aria references, roles
 * (tabs, ARIA tables, links and buttons by role) and rich-text boxes. Returns the rich-text boxes
 * found on a first walk.
 */
function readAttributes(idx: DomIndex, editable: Set<Element> | null): Element[] {
  const found: Element[] = [];
  const root = idx.doc.body ?? idx.doc.documentElement;
  if (!root) return found;
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
