/**
 * The walk behind the page's index (walk.ts): every element in document order, numbered, with the
 * text it holds, its form controls and its text blocks. A walk can stop after a number of
 * elements and go on later from where it stopped (`advance`), so that a first reading of a large
 * page need not hold the page up in one task (fresh.ts).
 *
 * Its elements are kept on a stack of its own, not in calls within calls: what a child tells its
 * parent (its text, whether it holds a control) is taken when the child is closed. A page changed
 * while a walk is stopped gives an index of no one moment, which whoever reads must read again.
 */
import { cleanText, hasText } from '../text';
import { BLOCK_TAGS, tagKind, type TagKind } from './tags';
import type { Block, CtlKind, DomIndex } from './walk';

/** Elements longer than this (in characters of text) are never a label, a value or a caption. */
const TEXT_CAP = 600;

const NOT_CONTROL_INPUT = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);
const BUTTON_INPUT = new Set(['submit', 'button', 'reset', 'image']);

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

/** An element the walk has entered and not yet closed: what its children have told so far. */
interface Open {
  el: Element;
  kind: TagKind;
  order: number;
  button: boolean;
  /** the label, cell and action around its children */
  inside: Around;
  /** the next child node to visit */
  next: ChildNode | null;
  text: string | null;
  ctl: boolean;
  any: boolean;
  /** text nodes count 2, elements with text 1: a wrapper around one element with text counts 1 */
  parts: number;
  onlyChild: Element | null;
  firstText: Text | null;
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
    around: Around,
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

export class IndexWalk {
  readonly idx: DomIndex;
  /** by element order: the element's text block, or null */
  private readonly blocks: Array<Block | null> = [];
  private readonly open: Open[] = [];

  /** `editable`: the rich-text boxes a first walk found, walked this time as controls. */
  constructor(
    doc: Document,
    private readonly editable: Set<Element> | null,
  ) {
    this.idx = emptyIndex(doc);
    const root = doc.body ?? doc.documentElement;
    if (root)
      this.enter(root, tagKind(root.localName), { label: null, cell: null, inAction: false });
  }

  /** Walks at most `elements` more elements; true once the whole page is walked. */
  advance(elements: number): boolean {
    const open = this.open;
    let entered = 0;
    while (open.length > 0) {
      const f = open[open.length - 1];
      const n = f.next;
      if (!n) {
        open.pop();
        const r = this.close(f);
        if (open.length > 0) this.take(open[open.length - 1], f.el, f.kind, r);
        continue;
      }
      f.next = n.nextSibling;
      if (n.nodeType === 3) {
        const v = n.nodeValue ?? '';
        if (f.text !== null) f.text += v;
        if (hasText(v)) {
          if (f.parts === 0) f.firstText = n as Text;
          f.parts += 2;
          f.any = true;
        }
        capText(f);
      } else if (n.nodeType === 1) {
        if (f.firstText && !f.lead && f.parts === 2) f.lead = f.firstText;
        const child = n as Element;
        const childKind = tagKind(child.localName);
        if (childKind === 'skip') continue;
        const r = this.enter(child, childKind, f.inside);
        if (r) this.take(f, child, childKind, r);
        if (++entered >= elements && open.length > 0) return false;
      }
    }
    this.idx.blocks = this.blocks.filter((b): b is Block => b !== null);
    return true;
  }

  /**
   * Numbers an element and notes what it is. A form control (its contents are values, never
   * labels) is done at once and told about; any other element is opened for its children.
   */
  private enter(el: Element, kind: TagKind, around: Around): Visited | null {
    const idx = this.idx;
    const order = idx.ends.length;
    idx.pos.set(el, order);
    idx.ends.push(order);
    idx.raw.push(undefined);
    this.blocks.push(null);
    if (kind === 'table') idx.tables.push(el);
    else if (kind === 'list') idx.lists.push(el);
    else if (kind === 'label') {
      const f = el.getAttribute('for');
      if (f) push(idx.labelFor, f, el);
    }

    const ctlKind = controlKind(el, kind, this.editable);
    const button =
      kind === 'button' || (kind === 'input' && BUTTON_INPUT.has((el as HTMLInputElement).type));
    if (ctlKind) {
      const c = { el: el as HTMLElement, kind: ctlKind, order };
      idx.ctls.push(c);
      idx.ctlByEl.set(el, c);
      return { text: '', ctl: true, button, hasText: false };
    }
    if (kind === 'input' || kind === 'select' || kind === 'textarea')
      return { text: '', ctl: false, button, hasText: false };

    this.open.push({
      el,
      kind,
      order,
      button,
      inside: {
        label: kind === 'label' ? el : around.label,
        cell: kind === 'cell' ? el : around.cell,
        inAction:
          around.inAction || kind === 'button' || (kind === 'link' && el.hasAttribute('href')),
      },
      next: el.firstChild,
      text: '',
      ctl: false,
      any: false,
      parts: 0,
      onlyChild: null,
      firstText: null,
      lead: null,
    });
    return null;
  }

  /** An element whose children are all walked: its end, its text and its block. */
  private close(f: Open): Visited {
    const idx = this.idx;
    const end = idx.ends.length - 1;
    idx.ends[f.order] = end;
    let { text, any, parts } = f;
    if (any && !f.ctl && text !== null && isIcon(f.el, text)) {
      text = '';
      any = false;
      parts = 0;
    }
    if (text !== null) {
      idx.raw[f.order] = text;
      // a wrapper around a single element with the same text adds nothing: leave it out
      if (parts > 0 && !(parts === 1 && f.onlyChild)) {
        this.blocks[f.order] = new TextBlock(f.el, f.order, end, text, f.ctl, f.inside, f.lead);
      }
    }
    return { text, ctl: f.ctl, button: f.button, hasText: any };
  }

  /** What a child tells the element it is in. */
  private take(f: Open, child: Element, childKind: TagKind, r: Visited): void {
    if (r.ctl) f.ctl = true;
    if (r.button) return;
    if (r.hasText) f.any = true;
    if (r.text === null) {
      f.text = null;
      f.parts += 2;
    } else if (r.hasText) {
      f.parts++;
      f.onlyChild = child;
      if (f.text !== null) f.text += BLOCK_TAGS.has(child.localName) ? `\n${r.text}\n` : r.text;
    } else if (childKind === 'br' && f.text !== null) {
      f.text += '\n';
    }
    capText(f);
  }
}

/** A text too long to be a label is not kept. */
function capText(f: Open): void {
  if (f.text !== null && f.text.length > TEXT_CAP * 2) f.text = null;
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

/** The kind of control an `input` of this type is; null for buttons, hidden and file inputs. */
export function inputKind(type: string): CtlKind | null {
  if (NOT_CONTROL_INPUT.has(type)) return null;
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') return 'checkbox';
  return 'text';
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

export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
