/**
 * What one reading of a page knows as it goes: the index of the page, the labels it looks for,
 * and what each step (resolve.ts) has found so far. Made afresh for every reading of a changed
 * page; nothing of it outlives the reading but through the session (session.ts).
 */
import type { Detection } from '../detect';
import type { FieldDef, TabRole } from '../fields';
import type { PageKind } from '../kinds';
import type { FieldSnapshot } from '../snapshot';
import { Claims } from './claims';
import type { LabelSet } from './labels';
import { ShownCache } from './visibility';
import type { Block, Ctl, DomIndex } from './walk';

/** A page text recognised as a field's question. */
export interface QMatch {
  field: FieldDef;
  el: Element;
  order: number;
  end: number;
  quality: 'exact' | 'prefix' | 'colon';
  /** the label as shown */
  text: string;
  /** for `Label: value` in one piece */
  colonValue?: string;
  /** the question is this text node, at the start of `el`, followed by its answer inside `el` */
  after?: Node;
}

/** A section heading of forms.md found on the page. */
export interface Marker {
  order: number;
  number: number | null;
  role: TabRole;
  el: Element;
}

export interface TabFound {
  name: string;
  el: Element | null;
  panel: Element | null;
  active: boolean;
  loaded: boolean;
}

/** Rows read from a table, a list or the elements after a heading. */
export interface TableLike {
  el: Element;
  how: 'table' | 'list' | 'siblings';
  rows: Array<{ cells: Record<string, string>; ctls: Ctl[] }>;
  /** the header texts, normalised, one per column (colspans expanded) */
  headers: string[];
  /** how many of the field's columns the headers name */
  matched: number;
}

/** A field found on the page. */
export interface Found {
  def: FieldDef;
  snap: FieldSnapshot;
  /** table fields: the table read, and how */
  table?: { el: Element; how: TableLike['how'] };
  question: Element | null;
  /** element to focus / scroll to */
  target: HTMLElement | null;
  ctls: Ctl[];
  /** order of the question (or of the first control when there is no question) */
  order: number;
  /** end of the field's question and controls, for "between this question and the next" */
  end: number;
  /** the label text it was found by */
  label: string | null;
}

/** The controls and value of a question, before they are stored. */
export interface Resolved {
  /** the value was found in the label's own row, definition or `Label: value` */
  tight?: boolean;
  /** for a value shown as text: the label has a place of its own for it */
  slot?: boolean;
  ctls: Ctl[];
  value: string | null;
  values: string[];
  options: string[];
  target: HTMLElement | null;
}

export class ReadContext {
  /** field id → the page texts recognised as its question, in document order */
  readonly matches = new Map<string, QMatch[]>();
  /** orders of recognised top-level questions and section headings, sorted */
  boundaries: number[] = [];
  /** every recognised label (of any field, also fields within others), by order */
  labelAt: Array<{ order: number; id: string }> = [];
  markers: Marker[] = [];
  /** blocks whose text is a tab name of this step */
  readonly tabBlocks: Block[] = [];
  readonly tabs: TabFound[] = [];
  readonly found = new Map<string, Found>();
  readonly claims: Claims;
  /** control keys → the element to focus, and the question to keep in view */
  readonly controls = new Map<string, HTMLElement>();
  readonly questions = new Map<string, HTMLElement>();
  visibility = new ShownCache();
  /** radio buttons by name, made when first asked for */
  radiosByName: Map<string, Ctl[]> | null = null;
  readonly defs: FieldDef[];

  constructor(
    readonly idx: DomIndex,
    readonly detection: Detection,
    readonly labels: LabelSet,
    readonly overrides: Record<string, string[]>,
    defs: FieldDef[],
  ) {
    this.defs = defs;
    this.claims = new Claims(idx);
  }

  get kind(): PageKind {
    return this.detection.kind;
  }

  /** Is the element shown now (asked once per element in this reading)? */
  shown(el: Element): boolean {
    return this.visibility.shown(el);
  }
}
