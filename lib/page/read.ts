/**
 * Page reading: every field of forms.md, found by its visible text, into one PageSnapshot.
 *
 * How a field is found (docs/page-reading.md has the whole story):
 *
 * 1. One pass over the page (`indexDocument`) numbers every element and keeps the text of each
 *    element short enough to be a label. Each such text is compared with the labels of this page
 *    kind's fields (fields.ts, plus the council's `labelOverrides`), see the matching policy in
 *    text.ts. Texts inside links, buttons, tab headers, column header rows and option captions are
 *    not questions.
 * 2. A question's controls are found, in this order of trust: `<label for>`, a wrapping `<label>`,
 *    `aria-labelledby` / `aria-label`, the `<fieldset>` of a `<legend>`, the following cells of a
 *    table row, and plain proximity: the controls after the question in document order, up to the
 *    next recognised question or section heading.
 * 3. A "within" field (a Details box under a Yes/No) is looked for between its parent question
 *    and the next question, or the first answer of another question (recognised or not); an
 *    unlabelled text box directly after the parent's answers is taken to be it.
 * 4. A value shown as text (pre-populated, computed, or a read-only view of an answer) is the text
 *    beside the label: after a colon, the next table cell, the `<dd>` of a `<dt>`, or the label's
 *    following siblings. For a `shown` field, only a label on its own tab and section, and only
 *    the label's own place: never a heading, another field's label or another question's control.
 *
 * The reader uses no React and no zod at run time; the snapshot is a plain object.
 */
import type { Area, FieldSnapshot, PageSnapshot, TabSnapshot, TableRow } from './snapshot';
import { emptyField } from './empty-field';
import { fieldsFor, type ColumnDef, type FieldDef, type TabRole } from './fields';
import { STEP_TABS, TABS, type PageKind } from './kinds';
import { detectPage, type Detection } from './detect';
import {
  blocksBetween,
  ctlEditable,
  ctlValue,
  ctlsBetween,
  ctlsIn,
  endOf,
  indexDocument,
  isChecked,
  isShown,
  linesOf,
  orderOf,
  rawOf,
  selectOptions,
  selectText,
  textOf,
  upperBound,
  within,
  type Block,
  type Ctl,
  type DomIndex,
} from './dom';
import {
  canonicalOption,
  cleanLengthAtMost,
  cleanLines,
  cleanText,
  displayLabel,
  dropRequiredMarker,
  firstWordHash,
  firstWordKey,
  firstWords,
  twoWordHash,
  twoWordHashes,
  twoWordKey,
  isPlaceholderOption,
  labelBeforeValue,
  matchLabel,
  normaliseLabel,
  normaliseLabelHead,
  PREFIX_MIN_WORDS,
  sameOption,
  splitLabelValue,
  wordCount,
} from './text';

export interface ReadOptions {
  /** Extra label texts per field id (settings.labelOverrides). A key `<tableId>.<columnId>` adds header texts to a table's column. */
  labelOverrides?: Record<string, string[]>;
}

export interface PageReading {
  snapshot: PageSnapshot;
  /**
   * Control keys (snapshot `control` values) → the page element to focus: the control, a radio
   * group's checked (else first) radio, a row's first control; for a value shown as text, the
   * element showing it (not focusable: scroll it into view).
   */
  controls: Map<string, HTMLElement>;
  /** Control keys → the question's label or legend, to keep in view when focusing. */
  questions: Map<string, HTMLElement>;
  /** Field id → the visible label text it was found by (for the options page's label preview). */
  labels?: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Section headings and tab names (visible texts of forms.md)

interface SectionName {
  norm: string;
  /** number when the heading shows none */
  number: number | null;
  /** the step's main form (1-3) or the actions tab */
  role: TabRole;
}

const SECTION_NAMES: SectionName[] = [
  {
    norm: normaliseLabel('Information needed at point of referral/booking appointment'),
    number: 1,
    role: 'form',
  },
  { norm: normaliseLabel('Carers Wellbeing Conversation'), number: 2, role: 'form' },
  { norm: normaliseLabel('Eligibility and Support Plan'), number: 3, role: 'form' },
  { norm: normaliseLabel('Adult Social Care Privacy Notice'), number: null, role: 'actions' },
  { norm: normaliseLabel('Actions Taken'), number: null, role: 'actions' },
];
const SECTION_BY_NORM = new Map(SECTION_NAMES.map((s) => [s.norm, s]));
/** First words of the section headings and tab names (and "section 2 …"). */
const STATIC_STARTS = [
  ...SECTION_NAMES.map((s) => twoWordKey(s.norm)),
  ...SECTION_NAMES.map((s) => `section ${firstWordKey(s.norm)}`),
  ...Object.values(TABS).map(twoWordKey),
];
/** The number and tab role of a section heading of forms.md ("2. Carers Wellbeing Conversation"), or null. */
export function sectionHeading(text: string): { number: number | null; role: TabRole } | null {
  const norm = normaliseLabel(text);
  const direct = SECTION_BY_NORM.get(norm);
  if (direct) return { number: direct.number, role: direct.role };
  const m = SECTION_NUMBER.exec(norm) ?? SECTION_WORD.exec(norm);
  const s = m ? SECTION_BY_NORM.get(m[2]) : undefined;
  return s && m ? { number: Number(m[1]), role: s.role } : null;
}

const SECTION_NUMBER = /^(\d{1,2})\s+(.*)$/;
const SECTION_WORD = /^section\s+(\d{1,2})\s+(.*)$/;

/** The tab each field role sits on, per step. */
const ROLE_TAB: Record<
  'carers-conversation' | 'carers-review',
  Partial<Record<TabRole, string>>
> = {
  'carers-conversation': {
    form: TABS.conversation,
    personDetails: TABS.personDetails,
    actions: TABS.privacyNotice,
  },
  'carers-review': { form: TABS.review, actions: TABS.nextActionsForm },
};

const ACTIVE_CLASS =
  /(?:^|\s)(?:active|selected|current|is-active|is-selected|ui-tabs-active|ui-state-active|tab-active|tabactive|tab-selected|tabselected|activetab|selectedtab|on|tab-on|tabon|tab-current|currenttab)(?:\s|$)/i;
const LOGGED_IN = /^(?:you\s+are\s+)?(?:currently\s+)?logged\s+(?:in|on)\s+as\s*:?\s*(.*)$/i;
const WORKER_CUE = /logged\s+(?:in|on)|log\s?(?:out|off)|sign\s?(?:out|off)/i;
/** The cheap test before WORKER_CUE ("Logged in", "LOG OUT", "Sign out"): one search instead of four indexOf. */
export const WORKER_HINT = /og|OG|ign|IGN/;
const LOG_OUT = /^(?:log\s?out|log\s?off|sign\s?out|sign\s?off)$/i;
const LOG_OUT_TAIL = /\s*[|·•\-–—]?\s*\(?\s*(?:log\s?out|log\s?off|sign\s?out|sign\s?off)\b.*$/i;
const GREETING = /^(?:welcome|hello|hi)\b[,:]?\s*/i;
const SEPARATOR_ONLY = /^[|·•\-–—:,/\\\s]*$/;
const TRAILING_SEPARATORS = /[\s.,;:|·•\-–—]+$/;
const ROW_SPLIT = /\s+[·•|]\s+/;
const ACTION_WORDS =
  /^(?:add|find|edit|delete|remove|clear|change|genogram|view|select|save|cancel|close|new|assign to me)$/i;

// ---------------------------------------------------------------------------------------------
// Labels (fields.ts + overrides), normalised once per set of overrides

interface LabelEntry {
  field: FieldDef;
  norm: string;
  words: number;
}

/** `new Map(m)`, without the [key, value] pair that the Map constructor makes for each entry. */
export function copyMap<K, V>(m: ReadonlyMap<K, V>): Map<K, V> {
  const out = new Map<K, V>();
  m.forEach((v, k) => out.set(k, v));
  return out;
}

/** A label of a field shown as text, the only kind matched as "Label: value". */
const isShownField = (e: LabelEntry): boolean => e.field.kind === 'shown';

interface LabelSet {
  exact: Map<string, LabelEntry[]>;
  /** labels of PREFIX_MIN_WORDS words or more, by their first PREFIX_MIN_WORDS words */
  byStart: Map<string, LabelEntry[]>;
  /** column labels per table field: column id → normalised labels */
  columns: Map<string, Array<{ id: string; norms: string[] }>>;
  /** every column label, for recognising header rows */
  anyColumn: Set<string>;
  /** first two words (twoWordHash) of every label, section heading and tab name: a cheap pre-filter */
  starts: Set<number>;
  /** first words (firstWordHash) of every label, for "Label: value" in one piece */
  firsts: Set<number>;
  /**
   * A normalised text longer than this is no label, section heading ("section 12 …" included) or
   * tab name: only its beginning is normalised (normaliseLabelHead).
   */
  longest: number;
  /** option texts of choice/multi fields, normalised (option captions are never questions) */
}

/** The longest section heading ("section 12 " and a section name) or tab name, normalised. */
const LONGEST_STATIC = Math.max(
  ...SECTION_NAMES.map((s) => 'section 12 '.length + s.norm.length),
  ...Object.values(TABS).map((t) => normaliseLabel(t).length),
);

const labelCache = new Map<string, LabelSet>();
const NO_OVERRIDES: Record<string, string[]> = {};

function labelSet(kind: PageKind, overrides: Record<string, string[]>): LabelSet {
  const key = `${kind}\u0000${overrides === NO_OVERRIDES ? '' : JSON.stringify(overrides)}`;
  const hit = labelCache.get(key);
  if (hit) return hit;
  const set: LabelSet = {
    exact: new Map(),
    byStart: new Map(),
    columns: new Map(),
    anyColumn: new Set(),
    starts: new Set(STATIC_STARTS.map(twoWordHash)),
    firsts: new Set(),
    longest: LONGEST_STATIC,
  };
  for (const f of fieldsFor(kind)) {
    const texts = [...f.labels, ...(overrides[f.id] ?? [])];
    const seen = new Set<string>();
    for (const t of texts) {
      const norm = normaliseLabel(t);
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      const e: LabelEntry = { field: f, norm, words: wordCount(norm) };
      set.longest = Math.max(set.longest, norm.length);
      set.starts.add(twoWordHash(norm));
      set.firsts.add(firstWordHash(norm));
      pushTo(set.exact, norm, e);
      if (e.words >= PREFIX_MIN_WORDS) pushTo(set.byStart, firstWords(norm, PREFIX_MIN_WORDS), e);
    }
    if (f.columns) {
      const cols = f.columns.map((c: ColumnDef) => ({
        id: c.id,
        norms: [...c.labels, ...(overrides[`${f.id}.${c.id}`] ?? [])]
          .map(normaliseLabel)
          .filter(Boolean),
      }));
      set.columns.set(f.id, cols);
      for (const c of cols) for (const n of c.norms) set.anyColumn.add(n);
    }
  }
  if (labelCache.size > 20) labelCache.clear();
  labelCache.set(key, set);
  return set;
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

// ---------------------------------------------------------------------------------------------
// Internal records

interface QMatch {
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

interface Marker {
  order: number;
  number: number | null;
  role: TabRole;
  el: Element;
}

interface TabFound {
  name: string;
  el: Element | null;
  panel: Element | null;
  active: boolean;
  loaded: boolean;
}

interface Found {
  def: FieldDef;
  snap: FieldSnapshot;
  /** table fields: the table read, and how (a <table>/grid, or rows written otherwise) */
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

function copyField(s: FieldSnapshot): FieldSnapshot {
  return {
    ...s,
    values: [...s.values],
    options: [...s.options],
    rows: s.rows.map((r) => ({ cells: { ...r.cells }, control: r.control })),
    areas: s.areas.map((a) => ({ ...a })),
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * What a reading keeps between re-checks of the same page: the page's structure (which text is
 * which question, which controls answer it) does not change while the worker types or clicks, so a
 * re-check only reads the values again. Any change to the page's elements, texts or attributes
 * (other than the extension's own `<mosaic-companion>`) makes the next reading start afresh; the
 * pending changes are taken synchronously (`takeRecords`), so a change just made is never missed.
 */
interface Memo {
  key: string;
  reader: Reader;
  observer: MutationObserver | null;
  dirty: boolean;
}

const memos = new WeakMap<Document, Memo>();

function ours(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode)
    if (n.nodeName === 'MOSAIC-COMPANION') return true;
  return false;
}

/**
 * Do these mutations change the page? Changes that leave things as they were are not changes:
 * an attribute or a text set to the value it had, an element's text replaced by the same text (a
 * page script that recomputes a value on every keystroke does both).
 */
function changesPage(records: MutationRecord[], reader: Reader): boolean {
  for (const r of records) {
    const target = r.target;
    if (ours(target)) continue;
    if (r.type === 'attributes') {
      const el = target as Element;
      if (r.attributeName && r.oldValue === el.getAttribute(r.attributeName)) continue;
      return true;
    }
    if (r.type === 'characterData') {
      if (r.oldValue === target.nodeValue) continue;
      const parent = target.parentElement;
      if (parent && reader.sameTextAsRead(parent)) continue;
      return true;
    }
    let textOnly = true;
    for (const n of Array.from(r.addedNodes)) {
      if (ours(n)) continue;
      if (n.nodeType !== 3) textOnly = false;
    }
    for (const n of Array.from(r.removedNodes)) {
      if (n.nodeName === 'MOSAIC-COMPANION') continue;
      if (n.nodeType !== 3) textOnly = false;
    }
    if (!textOnly || !reader.sameTextAsRead(target as Element)) return true;
  }
  return false;
}

export function readPage(root: Document, options: ReadOptions = {}): PageReading {
  const overrides = options.labelOverrides ?? NO_OVERRIDES;
  const key =
    overrides === NO_OVERRIDES || Object.keys(overrides).length === 0
      ? ''
      : JSON.stringify(overrides);
  const memo = memos.get(root);
  if (memo && memo.observer) {
    const pending = memo.observer.takeRecords();
    if (pending.length && changesPage(pending, memo.reader)) memo.dirty = true;
    if (!memo.dirty && memo.key === key) {
      const again = memo.reader.reading(true);
      if (again) return again;
    }
  }

  const detection = detectPage(root);
  const reader = new Reader(indexDocument(root), detection, key ? overrides : NO_OVERRIDES);
  if (detection) reader.readAll();
  const reading = reader.reading(false)!;

  let observer = memo?.observer ?? null;
  const MO = (root.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
  const next: Memo = { key, reader, observer, dirty: false };
  if (!observer && MO) {
    try {
      observer = new MO((records) => {
        const m = memos.get(root);
        if (m && !m.dirty && changesPage(records, m.reader)) m.dirty = true;
      });
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
        attributeOldValue: true,
        characterDataOldValue: true,
      });
      next.observer = observer;
    } catch {
      next.observer = null;
    }
  }
  memos.set(root, next);
  return reading;
}

/** Where a field was found: for describing a page's structure (describe.ts), never its values. */
export interface FieldStructure {
  id: string;
  /** the question's element (label, legend, cell, heading) */
  question: Element | null;
  /** the label text it was found by */
  label: string | null;
  /** the controls that answer it (for areas: each free-text area) */
  controls: HTMLElement[];
  /** for tables: the table (or the element holding the rows) */
  table: Element | null;
}

/** A fresh reading (nothing kept from earlier ones) with where each field was found. */
export function readStructure(
  root: Document,
  options: ReadOptions = {},
): { reading: PageReading; fields: FieldStructure[] } {
  const overrides = options.labelOverrides ?? NO_OVERRIDES;
  const detection = detectPage(root);
  const reader = new Reader(indexDocument(root), detection, overrides);
  if (detection) reader.readAll();
  return { reading: reader.reading(false)!, fields: reader.structure() };
}

/** Forget what was kept of this page's structure: the next reading starts afresh. */
export function forgetPage(root: Document): void {
  const memo = memos.get(root);
  memo?.observer?.disconnect();
  memos.delete(root);
}

class Reader {
  readonly controls = new Map<string, HTMLElement>();
  readonly questions = new Map<string, HTMLElement>();
  readonly labels = new Map<string, string>();
  private readonly defs: FieldDef[];
  private readonly set: LabelSet | null;
  private readonly matches = new Map<string, QMatch[]>();
  /** orders of recognised top-level questions and section headings, sorted */
  private boundaries: number[] = [];
  /** every recognised label (of any field, also fields within others), by order */
  private labelAt: Array<{ order: number; id: string }> = [];
  private markers: Marker[] = [];
  private tabBlocks: Block[] = [];
  private tabs: TabFound[] = [];
  private readonly found = new Map<string, Found>();
  /** controls that belong to a field (not free-text areas) */
  private readonly claimed = new Set<Ctl>();
  private readonly captionEls = new Set<Element>();
  private readonly headerRowCache = new Map<Element, boolean>();

  private readonly kind: PageKind | null;
  private readonly workerName: string | null;

  constructor(
    private readonly idx: DomIndex,
    private readonly detection: Detection | null,
    private readonly overrides: Record<string, string[]>,
  ) {
    const kind = detection?.kind ?? null;
    this.kind = kind;
    this.defs = kind ? fieldsFor(kind) : [];
    this.set = kind ? labelSet(kind, overrides) : null;
    this.workerName = this.worker();
  }

  /**
   * The snapshot and maps of this reading. With `refresh`, the values are read again from the
   * controls found before (the page's structure is unchanged); null when that is not possible.
   */
  reading(refresh: boolean): PageReading | null {
    if (refresh && !this.refreshValues()) return null;
    const d = this.detection;
    const snapshot: PageSnapshot = {
      kind: this.kind,
      person: { id: d?.personId ?? null, name: d?.personName ?? null },
      worker: this.workerName,
      tabs: this.tabs.map((t): TabSnapshot => ({
        name: t.name,
        active: t.active,
        loaded: t.loaded,
      })),
      fields: {},
      notFound: [],
    };
    for (const def of this.defs) {
      const f = this.found.get(def.id);
      snapshot.fields[def.id] = f ? copyField(f.snap) : emptyField(def.id);
    }
    const unloaded = new Set(this.tabs.filter((t) => !t.loaded).map((t) => t.name));
    for (const def of this.defs) {
      if (snapshot.fields[def.id].found) continue;
      if (def.shownWhen && !this.conditionMet(def, snapshot)) continue;
      const tab = this.roleTab(def.tab);
      if (tab && unloaded.has(tab)) continue;
      snapshot.notFound.push(def.id);
    }
    return {
      snapshot,
      controls: copyMap(this.controls),
      questions: copyMap(this.questions),
      labels: copyMap(this.labels),
    };
  }

  /** Does this element (holding text only) still show the text it had when the page was read? */
  sameTextAsRead(el: Element): boolean {
    if (el.nodeType !== 1 || el.firstElementChild) return false;
    const before = rawOf(this.idx, el);
    return before !== undefined && before === (el.textContent ?? '');
  }

  structure(): FieldStructure[] {
    const out: FieldStructure[] = [];
    for (const def of this.defs) {
      const f = this.found.get(def.id);
      if (!f) continue;
      out.push({
        id: def.id,
        question: f.question,
        label: f.label,
        controls: f.ctls.map((c) => c.el),
        table: f.table?.el ?? null,
      });
    }
    return out;
  }

  /** Read the values again from the same controls. False when the page no longer fits (a row added). */
  private refreshValues(): boolean {
    let first = true;
    for (const [id, f] of this.found) {
      const def = f.def;
      const s = f.snap;
      // a conditional question may open through the page's CSS alone (`:checked ~ …`), with no change to the page
      const anchor =
        def.kind === 'areas' || !(def.shownWhen || def.within)
          ? null
          : (f.question ?? f.target ?? f.ctls[0]?.el ?? null);
      if (anchor) {
        s.shown = isShown(this.idx, anchor, first);
        first = false;
      }
      if (def.kind === 'table') {
        if (!f.table || f.table.how !== 'table') continue;
        const t = this.parseTable(f.table.el, this.set!.columns.get(id) ?? [], !!def.positional);
        if (!t || t.rows.length !== s.rows.length) return false;
        s.rows = t.rows.map((row, i) => ({ cells: row.cells, control: s.rows[i].control }));
        continue;
      }
      if (def.kind === 'areas') {
        const ctls = f.ctls;
        s.areas = s.areas.map((a, i) => ({
          ...a,
          value: ctls[i] ? (ctlValue(ctls[i]) ?? '') : a.value,
        }));
        continue;
      }
      if (f.ctls.length === 0) continue;
      const r = this.valueFrom(def, f.ctls);
      s.value = r.value;
      s.values = r.values;
      s.options = r.options;
      s.editable = f.ctls.some(ctlEditable);
      if (r.target && s.control) this.controls.set(s.control, r.target);
    }
    return true;
  }

  // ---- the logged-in worker ------------------------------------------------------------------

  worker(): string | null {
    let logout: Block | null = null;
    let best: string | null = null;
    let bestLength = Infinity;
    // the header (or the footer) says who is logged in: the first and last blocks of the page
    const blocks = this.idx.blocks;
    const head = Math.min(blocks.length, 400);
    const tail = Math.max(head, blocks.length - 100);
    for (let i = 0; i < blocks.length; i++) {
      if (i === head) i = tail;
      if (i >= blocks.length) break;
      const b = blocks[i];
      const raw = b.raw;
      if (raw.length > 240 || !WORKER_HINT.test(raw)) continue;
      if (!WORKER_CUE.test(raw) || b.text.length > 120) continue;
      const m = LOGGED_IN.exec(b.text);
      if (m) {
        // the smallest element saying it: "Logged in as Jo Worker", not its header with the links
        const name = cleanText(m[1].replace(LOG_OUT_TAIL, '').replace(TRAILING_SEPARATORS, ''));
        if (name && name.length <= 80 && b.text.length < bestLength) {
          best = name;
          bestLength = b.text.length;
        }
        continue;
      }
      if (!logout && LOG_OUT.test(b.text)) logout = b;
    }
    if (best) return best;
    if (!logout) return null;
    // the name beside "Log out": the nearest text before it in the same header area
    for (
      let el: Element | null = logout.el, depth = 0;
      el && depth < 3;
      el = el.parentElement, depth++
    ) {
      for (let s = el.previousSibling; s; s = s.previousSibling) {
        const t =
          s.nodeType === 3
            ? cleanText(s.nodeValue)
            : s.nodeType === 1
              ? textOf(this.idx, s as Element)
              : '';
        if (!t || SEPARATOR_ONLY.test(t)) continue;
        const name = cleanText(cleanText(t).replace(GREETING, '').replace(TRAILING_SEPARATORS, ''));
        if (name && name.length <= 80 && !LOGGED_IN.test(name)) return name;
        return null;
      }
    }
    return null;
  }

  // ---- everything ----------------------------------------------------------------------------

  readAll(): void {
    this.matchTexts();
    this.findTabs();
    const topLevel = this.defs.filter((d) => !d.within && d.kind !== 'areas');
    // plain questions first (they bound each other), then tables, then fields within others
    for (const d of topLevel) if (d.kind !== 'table') this.readQuestion(d);
    for (const d of topLevel) if (d.kind === 'table') this.readTable(d);
    for (const d of this.defs) if (d.within) this.readWithin(d);
    for (const d of this.defs) if (d.kind === 'areas') this.readAreas(d);
    for (const d of this.defs) {
      const f = this.found.get(d.id);
      if (f) this.place(d, f);
      if (f?.label) this.labels.set(d.id, f.label);
    }
    this.finishTabs();
  }

  private conditionMet(d: FieldDef, snapshot: PageSnapshot): boolean {
    const w = d.shownWhen!;
    const parent = snapshot.fields[w.field];
    if (!parent || !parent.found) return false;
    if ('equals' in w) return sameOption(parent.value, w.equals);
    return parent.values.some((v) => sameOption(v, w.includes));
  }

  // ---- 1. texts → questions, section headings, tab names -------------------------------------

  private matchTexts(): void {
    const set = this.set!;
    const tabNorms = new Map<string, string>();
    if (this.kind === 'carers-review' || this.kind === 'carers-conversation') {
      for (const k of STEP_TABS[this.kind]) tabNorms.set(normaliseLabel(TABS[k]), TABS[k]);
    }
    const top: number[] = [];
    const consider = (
      el: Element,
      raw: string,
      order: number,
      end: number,
      block: Block | null,
      after?: Node,
      context?: Block,
    ): boolean => {
      const norm = normaliseLabelHead(raw, set.longest);
      if (!norm) return false;
      if (block) {
        if (tabNorms.has(norm)) this.tabBlocks.push(block);
        const sec = this.sectionOf(norm);
        // the walk knows whether a block is inside a link or a button (inLinkOrButton, without asking the page)
        if (sec && !block.inAction) {
          this.markers.push({ order, number: sec.number, role: sec.role, el });
          top.push(order);
          return true;
        }
      }
      // the hits: the entries of `hits` that `quality` keeps (no list of its own made for them)
      let hits = set.exact.get(norm);
      let quality: QMatch['quality'] = 'exact';
      let colon: string | undefined;
      if (!hits) {
        // "Label: value" / "Label* value" in one piece, for values shown as text
        const label = labelBeforeValue(raw);
        const es =
          label === null ? undefined : set.exact.get(normaliseLabelHead(label, set.longest));
        // the block's cleaned text is only needed once something matched
        if (es && es.some(isShownField)) {
          hits = es;
          quality = 'colon';
          colon = splitLabelValue(block ? block.text : raw)!.value;
        } else {
          const starts = set.byStart.get(firstWords(norm, PREFIX_MIN_WORDS));
          let prefixes: LabelEntry[] | null = null;
          if (starts)
            for (const e of starts)
              if (matchLabel(norm, e.norm) === 'prefix') (prefixes ??= []).push(e);
          if (prefixes) {
            hits = prefixes;
            quality = 'prefix';
          }
        }
      }
      if (!hits || hits.length === 0) return false;
      if (!this.mayBeQuestion(el, block ?? context ?? null)) return false;
      const shown = block ? dropRequiredMarker(block.text) : displayLabel(raw);
      for (const e of hits) {
        if (quality === 'colon' && !isShownField(e)) continue;
        const m: QMatch = {
          field: e.field,
          el,
          order,
          end,
          quality,
          text: shown,
          colonValue: colon,
          after,
        };
        pushTo(this.matches, e.field.id, m);
        if (!e.field.within) top.push(order);
      }
      return true;
    };
    // a cheap test before normalising: does the text start like a label, a heading or a tab?
    const first = [0];
    const mayMatch = (raw: string) =>
      set.starts.has(twoWordHashes(raw, first)) || (set.firsts.has(first[0]) && hasLabelEnd(raw));
    for (const b of this.idx.blocks) {
      let done = false;
      if (b.raw.length <= 800 && (!b.hasControl || b.el.localName === 'label') && mayMatch(b.raw)) {
        done = consider(b.el, b.raw, b.order, b.end, b);
      }
      if (done) continue;
      // a question written as the first text of an element that also holds its answer:
      // "Suggested budget <b>600</b>", "Does your GP know you are a carer? <input type=radio> Yes …"
      const lead = b.lead;
      if (lead && mayMatch(lead.nodeValue ?? ''))
        consider(b.el, lead.nodeValue ?? '', b.order, b.order, null, lead, b);
    }
    for (const el of this.idx.ariaLabelled) {
      const o = this.idx.pos.get(el);
      const label = el.getAttribute('aria-label') ?? '';
      if (o === undefined || !mayMatch(label)) continue;
      consider(el, label, o, this.idx.ends[o], null);
    }
    // a question nested in another match of the same field: keep the innermost
    for (const [id, list] of this.matches) {
      list.sort((a, b) => a.order - b.order);
      const kept: QMatch[] = [];
      for (let i = 0; i < list.length; i++) {
        const m = list[i];
        const next = list[i + 1];
        if (next && next.order > m.order && next.order <= m.end && next.el !== m.el) continue;
        kept.push(m);
      }
      this.matches.set(id, kept);
      for (const m of kept) this.labelAt.push({ order: m.order, id });
    }
    this.labelAt.sort((a, b) => a.order - b.order);
    this.markers.sort((a, b) => a.order - b.order);
    this.boundaries = Array.from(new Set(top)).sort((a, b) => a - b);
  }

  private sectionOf(norm: string): SectionName | null {
    const direct = SECTION_BY_NORM.get(norm);
    if (direct) return direct;
    const c = norm.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && c !== 115 /* s */) return null;
    const m = SECTION_NUMBER.exec(norm) ?? SECTION_WORD.exec(norm);
    if (!m) return null;
    const s = SECTION_BY_NORM.get(m[2]);
    return s ? { ...s, number: Number(m[1]) } : null;
  }

  private inLinkOrButton(el: Element): boolean {
    return !!el.closest(
      'a[href], button, [role="button"], [role="link"], [role="tab"], [role="menuitem"]',
    );
  }

  /** Texts inside links, buttons, tab headers, option captions and column header rows are not questions. */
  private mayBeQuestion(el: Element, block: Block | null): boolean {
    if (block ? block.inAction : this.inLinkOrButton(el)) return false;
    const label = block ? block.label : el.localName === 'label' ? el : el.closest('label');
    if (label) {
      const f = label.getAttribute('for');
      const target = f ? this.idx.doc.getElementById(f) : null;
      if (target && isChoiceInput(target)) return false;
      if (!f || !target) {
        const inside = ctlsIn(this.idx, label);
        if (inside.length > 0 && inside.every((c) => c.kind === 'radio' || c.kind === 'checkbox'))
          return false;
      }
    }
    const cell = block
      ? (block.cell ?? (el.getAttribute('role') === 'columnheader' ? el : null))
      : el.closest('th, td, [role="columnheader"]');
    if (cell) {
      if (cell.getAttribute('role') === 'columnheader') return false;
      const row = cell.parentElement;
      if (row && this.isHeaderRow(row)) return false;
    }
    // a bare caption right after a radio or tick box
    const prev = el.previousElementSibling;
    if (prev && isChoiceInput(prev) && !el.querySelector('input, select, textarea')) {
      const p = this.idx.pos.get(el);
      if (p !== undefined && this.idx.ends[p] === p) return false;
    }
    return true;
  }

  private isHeaderRow(row: Element): boolean {
    const hit = this.headerRowCache.get(row);
    if (hit !== undefined) return hit;
    let result = false;
    if (row.parentElement?.localName === 'thead') result = true;
    else {
      const cells = Array.from(row.children).filter(
        (c) => c.localName === 'td' || c.localName === 'th',
      );
      if (cells.length >= 2 && cells.every((c) => c.localName === 'th')) result = true;
      else if (cells.length >= 2 && ctlsIn(this.idx, row).length === 0) {
        let hits = 0;
        for (const c of cells)
          if (this.set!.anyColumn.has(normaliseLabel(textOf(this.idx, c)))) hits++;
        result = hits >= 2;
      }
    }
    this.headerRowCache.set(row, result);
    return result;
  }

  /** The first recognised question or section heading after `pos`. */
  private nextBoundary(pos: number): number {
    const i = upperBound(this.boundaries, pos, (x) => x);
    return i < this.boundaries.length ? this.boundaries[i] : Number.MAX_SAFE_INTEGER;
  }

  private hasBoundaryIn(el: Element): boolean {
    const o = this.idx.pos.get(el);
    if (o === undefined) return false;
    const i = upperBound(this.boundaries, o - 1, (x) => x);
    return i < this.boundaries.length && this.boundaries[i] <= this.idx.ends[o];
  }

  /** Does `el` hold a recognised label of a field other than `id`? */
  private holdsOtherLabel(el: Element, id: string): boolean {
    const o = this.idx.pos.get(el);
    if (o === undefined) return false;
    const end = this.idx.ends[o];
    const at = this.labelAt;
    for (let i = upperBound(at, o - 1, (x) => x.order); i < at.length && at[i].order <= end; i++)
      if (at[i].id !== id) return true;
    return false;
  }

  /**
   * May a label of a value shown as text be its question here? Only on the field's own tab and in
   * its own section, where the page says which (a tab panel, a numbered section heading before it
   * in the same panel): a heading "Gender" of the Person Details form is not the step's pre-filled
   * Gender.
   */
  private inOwnPlace(def: FieldDef, m: QMatch): boolean {
    const idx = this.idx;
    const tab = this.tabs.find((t) => t.panel && within(idx, t.panel, m.el));
    const own = this.roleTab(def.tab);
    if (tab && own && tab.name !== own) return false;
    if (this.kind === 'person-summary') return true;
    for (let i = upperBound(this.markers, m.order, (x) => x.order) - 1; i >= 0; i--) {
      const mk = this.markers[i];
      if (tab && !within(idx, tab.panel!, mk.el)) break;
      if (mk.role !== def.tab) return false;
      return mk.number == null || def.section == null || mk.number === def.section;
    }
    return true;
  }

  /** A tab panel of the step. */
  private isPanel(el: Element): boolean {
    for (const t of this.tabs) if (t.panel === el) return true;
    return false;
  }

  // ---- 2. tabs -------------------------------------------------------------------------------

  private findTabs(): void {
    if (this.kind !== 'carers-conversation' && this.kind !== 'carers-review') return;
    const names = STEP_TABS[this.kind].map((k) => TABS[k]);
    const nameOf = new Map(names.map((n) => [normaliseLabel(n), n]));
    const byName = new Map<string, Element[]>();
    for (const b of this.tabBlocks) {
      const name = nameOf.get(normaliseLabel(b.text));
      if (name) pushTo(byName, name, b.el);
    }
    // 1. role=tab elements
    let bar: Element | null = null;
    const roleTabs = this.idx.tabRoles.filter((e) => e.getAttribute('role') === 'tab');
    const chosen = new Map<string, Element>();
    for (const t of roleTabs) {
      const name = nameOf.get(normaliseLabel(textOf(this.idx, t)));
      if (name && !chosen.has(name)) chosen.set(name, t);
    }
    // 2. a small element holding the names of two tabs or more
    if (chosen.size < 2) {
      chosen.clear();
      const limit = names.reduce((n, s) => n + s.length, 0) + 120;
      const all = Array.from(byName.entries());
      outer: for (let i = 0; i < all.length; i++) {
        for (const a of all[i][1]) {
          for (let j = i + 1; j < all.length; j++) {
            for (const b of all[j][1]) {
              const lca = commonAncestor(a, b);
              if (lca && textAtMost(this.idx, lca, limit)) {
                bar = lca;
                break outer;
              }
            }
          }
        }
      }
      if (bar) {
        for (const [name, els] of byName) {
          const inBar = els.find((e) => within(this.idx, bar!, e));
          if (inBar) chosen.set(name, inBar);
        }
      }
    }
    const doc = this.idx.doc;
    for (const name of names) {
      const el = chosen.get(name) ?? null;
      let panel: Element | null = null;
      let active = false;
      if (el) {
        const stop =
          bar ??
          el.closest('[role="tablist"]') ??
          el.parentElement?.parentElement?.parentElement ??
          null;
        const chain: Element[] = [];
        for (let e: Element | null = el; e && e !== stop; e = e.parentElement) chain.push(e);
        const link = el.querySelector('a[href^="#"], [aria-controls]');
        if (link) chain.unshift(link);
        for (const e of chain) {
          if (e.getAttribute('aria-selected') === 'true') active = true;
          const cur = e.getAttribute('aria-current');
          if (cur && cur !== 'false') active = true;
          const cls = e.getAttribute('class');
          if (cls && ACTIVE_CLASS.test(cls)) active = true;
          if (!panel) {
            const ctrl = e.getAttribute('aria-controls');
            const href = e.getAttribute('href');
            const id = ctrl
              ? ctrl.split(/\s+/)[0]
              : href && href.length > 1 && href[0] === '#'
                ? href.slice(1)
                : null;
            if (id) panel = doc.getElementById(id);
          }
          if (!panel && e.id) {
            const labelled = this.idx.labelledBy
              .get(e.id)
              ?.find((p) => p.getAttribute('role') === 'tabpanel');
            if (labelled) panel = labelled;
          }
        }
      }
      this.tabs.push({
        name,
        el,
        panel,
        active,
        loaded: !!panel && (panel.childElementCount > 0 || !textAtMost(this.idx, panel, 0)),
      });
    }
    // a single bold tab name among the tab bar's is the open one (as Mosaic shows it)
    if (!this.tabs.some((t) => t.active)) {
      const bold = this.tabs.filter(
        (t) => t.el && (t.el.closest('b, strong') ?? t.el.querySelector('b, strong')),
      );
      const withPanel = this.tabs.filter((t) => t.panel);
      const shownPanels = withPanel.filter((t) => isShown(this.idx, t.panel!));
      if (withPanel.length > 0 && shownPanels.length === 1) shownPanels[0].active = true;
      else if (bold.length === 1 && this.tabs.filter((t) => t.el).length > 1) bold[0].active = true;
    }
  }

  /** After reading: a tab is loaded when its panel or any of its fields is in the page. */
  private finishTabs(): void {
    if (this.tabs.length === 0) return;
    const roles = ROLE_TAB[this.kind as 'carers-conversation'];
    const byName = new Map(this.tabs.map((t) => [t.name, t]));
    for (const f of this.found.values()) {
      if (!f.snap.found || !f.snap.tab) continue;
      const t = byName.get(f.snap.tab);
      if (t) t.loaded = true;
    }
    for (const t of this.tabs) if (t.active) t.loaded = true;
    if (!this.tabs.some((t) => t.active)) {
      // no tab says it is open: the one whose questions are shown
      const shown = new Set<string>();
      for (const f of this.found.values())
        if (f.snap.found && f.snap.shown && f.snap.tab) shown.add(f.snap.tab);
      const candidates = this.tabs.filter((t) => shown.has(t.name));
      if (candidates.length === 1) candidates[0].active = true;
      else if (candidates.length > 1) {
        const form = candidates.find((t) => t.name === roles.form);
        (form ?? candidates[0]).active = true;
      }
    }
    // nothing at all was recognised: every tab counts as loaded, so that every field is reported
    if (!this.tabs.some((t) => t.loaded)) for (const t of this.tabs) t.loaded = true;
  }

  private roleTab(role: TabRole): string | null {
    if (this.kind !== 'carers-conversation' && this.kind !== 'carers-review') return null;
    return ROLE_TAB[this.kind][role] ?? null;
  }

  /** Tab, section, shown and the maps, once a field is read. */
  private place(def: FieldDef, f: Found): void {
    const s = f.snap;
    const anchor = f.question ?? f.target ?? f.ctls[0]?.el ?? null;
    if (!anchor) return;
    s.tab = this.tabOf(def, anchor);
    s.section = this.sectionFor(def, anchor);
    if (s.control) {
      const target = f.target ?? (anchor as HTMLElement);
      this.controls.set(s.control, target);
      this.questions.set(s.control, (f.question ?? target) as HTMLElement);
    }
  }

  private tabOf(def: FieldDef, el: Element): string | null {
    for (const t of this.tabs) if (t.panel && within(this.idx, t.panel, el)) return t.name;
    return this.roleTab(def.tab);
  }

  private sectionFor(def: FieldDef, el: Element): number | null {
    if (this.kind === 'person-summary') return null;
    if (def.tab !== 'form' && def.tab !== 'actions') return null;
    const order = this.idx.pos.get(el) ?? -1;
    const panel = this.tabs.find((t) => t.panel && within(this.idx, t.panel, el))?.panel ?? null;
    for (let i = upperBound(this.markers, order, (m) => m.order) - 1; i >= 0; i--) {
      const m = this.markers[i];
      if (panel && !within(this.idx, panel, m.el)) break;
      if (m.role !== def.tab) continue;
      if (m.number != null) return m.number;
      break;
    }
    return def.tab === 'form' ? def.section : null;
  }

  // ---- 3. questions --------------------------------------------------------------------------

  private readQuestion(def: FieldDef): void {
    const cands = this.matches.get(def.id) ?? [];
    if (cands.length === 0) return;
    const shown = def.kind === 'shown';
    let best: { m: QMatch; r: Resolved; score: number } | null = null;
    for (const m of cands) {
      if (shown && !this.inOwnPlace(def, m)) continue;
      const r = this.resolve(def, m, this.nextBoundary(m.end));
      // a value shown as text needs a place of its own beside its label: else it is not found here
      if (shown && r.ctls.length === 0 && !r.slot) continue;
      const score =
        (m.quality === 'exact' ? 4 : m.quality === 'colon' ? 3 : 2) * 10 +
        (r.ctls.length > 0 ? 5 : r.value != null ? 3 : 0) +
        (r.tight ? 1 : 0);
      if (!best || score > best.score) best = { m, r, score };
      // an exact label with its controls cannot be bettered
      if (score >= 45) break;
    }
    if (best) this.store(def, best.m, best.r);
  }

  private store(def: FieldDef, m: QMatch | null, r: Resolved): void {
    const snap = emptyField(def.id);
    snap.found = true;
    snap.value = r.value;
    snap.values = r.values;
    snap.options = r.options;
    snap.editable = r.ctls.some(ctlEditable);
    snap.control = def.id;
    const question = m?.el ?? null;
    const shownBy = question ?? r.target ?? r.ctls[0]?.el ?? null;
    snap.shown = shownBy ? isShown(this.idx, shownBy) : false;
    for (const c of r.ctls) this.claimed.add(c);
    const order = m ? m.order : (r.ctls[0]?.order ?? 0);
    let end = m ? m.end : order;
    for (const c of r.ctls) if (c.order > end) end = c.order;
    this.found.set(def.id, {
      def,
      snap,
      question,
      target: r.target,
      ctls: r.ctls,
      order,
      end,
      label: m?.text ?? null,
    });
  }

  /** Controls and value of a question. */
  private resolve(def: FieldDef, m: QMatch, limit: number): Resolved {
    const ctls = def.kind === 'shown' ? this.explicitCtls(def, m) : this.associate(def, m, limit);
    if (ctls.length > 0) return this.valueFrom(def, ctls);
    // no control: a value shown as text beside the label
    const v = this.adjacentValue(m, limit, def.kind === 'shown' ? def.id : null);
    if (v.ctl) return this.valueFrom(def, [v.ctl]);
    const r: Resolved = {
      ctls: [],
      value: null,
      values: [],
      options: def.options ? [...def.options] : [],
      target: v.el as HTMLElement | null,
      tight: v.tight,
      slot: v.slot,
    };
    if (v.text != null) {
      if (def.kind === 'multi')
        r.values = v.text
          .split(/\s*[\n,;]\s*/)
          .filter(Boolean)
          .map((t) => canonicalOption(t, def.options));
      else r.value = def.kind === 'choice' ? canonicalOption(v.text, def.options) : v.text;
    }
    if (def.kind !== 'choice' && def.kind !== 'multi') r.options = [];
    return r;
  }

  private valueFrom(def: FieldDef, ctls: Ctl[]): Resolved {
    const r: Resolved = { ctls, value: null, values: [], options: [], target: null };
    const first = ctls[0];
    if (first.kind === 'radio' || first.kind === 'checkbox') {
      // bare captions before their inputs: the last input has nothing after it, the first has text before
      const last = ctls[ctls.length - 1].el;
      const before =
        ctls.length > 1 &&
        !siblingText(this.idx, last, 'next') &&
        !!siblingText(this.idx, first.el, 'prev') &&
        !this.hasOwnCaption(first.el);
      for (const c of ctls) {
        const cap = canonicalOption(this.caption(c, def.options, before), def.options);
        r.options.push(cap);
        if (isChecked(c)) {
          if (def.kind === 'multi') r.values.push(cap);
          else if (r.value == null) r.value = cap;
        }
      }
      r.target = (ctls.find(isChecked) ?? first).el;
    } else if (first.kind === 'select' || first.kind === 'multiselect') {
      const sel = first.el as HTMLSelectElement;
      r.options = selectOptions(sel).map((t) => canonicalOption(t, def.options));
      if (first.kind === 'multiselect') {
        for (const o of Array.from(sel.options))
          if (o.selected && !isPlaceholderOption(o.textContent))
            r.values.push(canonicalOption(o.textContent ?? '', def.options));
      } else {
        const t = selectText(sel);
        if (t != null) {
          if (def.kind === 'multi') r.values.push(canonicalOption(t, def.options));
          else
            r.value =
              def.kind === 'choice' || def.kind === 'shown' ? canonicalOption(t, def.options) : t;
        }
      }
      r.target = first.el;
    } else {
      const v = ctlValue(first);
      if (def.kind === 'multi') r.values = v ? [v] : [];
      else r.value = def.kind === 'choice' && v != null ? canonicalOption(v, def.options) : v;
      r.target = first.el;
    }
    if (def.kind !== 'choice' && def.kind !== 'multi') r.options = [];
    return r;
  }

  /** label for, wrapping label, aria: the controls the page itself ties to this label. */
  private explicitCtls(def: FieldDef, m: QMatch): Ctl[] {
    const idx = this.idx;
    const ok = (c: Ctl) => compatible(def.kind, c, true);
    // <label for>
    const label = m.el.localName === 'label' ? m.el : m.el.closest('label');
    if (label) {
      const f = label.getAttribute('for');
      const target = f ? idx.doc.getElementById(f) : null;
      const c = target ? idx.ctlByEl.get(target) : undefined;
      if (c && ok(c)) return this.expand(def, [c]);
      // wrapping label
      const inside = ctlsIn(idx, label).filter(ok);
      if (inside.length) return this.expand(def, inside);
    }
    // aria-labelledby / aria-label
    for (let e: Element | null = m.el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
      if (depth > 0 && textOf(idx, e) !== textOf(idx, m.el)) break;
      const refs = e.id ? idx.labelledBy.get(e.id) : undefined;
      if (refs) {
        const out: Ctl[] = [];
        for (const r of refs) {
          const c = idx.ctlByEl.get(r);
          if (c) {
            if (ok(c)) out.push(c);
          } else out.push(...ctlsIn(idx, r).filter(ok));
        }
        if (out.length) return this.expand(def, out);
      }
    }
    if (
      m.el.hasAttribute('aria-label') &&
      normaliseLabel(m.el.getAttribute('aria-label')) === normaliseLabel(m.text)
    ) {
      const c = idx.ctlByEl.get(m.el);
      if (c) return ok(c) ? this.expand(def, [c]) : [];
      const inside = ctlsIn(idx, m.el).filter(ok);
      if (inside.length) return this.expand(def, inside);
    }
    return [];
  }

  /** Every way of tying controls to a question, in order of trust. */
  private associate(def: FieldDef, m: QMatch, limit: number): Ctl[] {
    const idx = this.idx;
    const explicit = this.explicitCtls(def, m);
    if (explicit.length) return explicit;
    const ok = (c: Ctl) => compatible(def.kind, c, false) && !this.claimed.has(c);
    // <fieldset><legend>
    const legend = m.el.localName === 'legend' ? m.el : m.el.closest('legend');
    if (legend && legend.parentElement?.localName === 'fieldset') {
      const fs = legend.parentElement;
      const inner = ctlsIn(idx, fs).filter((c) => ok(c) && c.el.closest('fieldset') === fs);
      if (inner.length) return this.pick(def, inner);
    }
    // a group named by the question (role=radiogroup / group with the question as first text)
    // table row: the following cells of the same row
    const cell = m.el.closest('td, th, [role="cell"], [role="gridcell"], [role="rowheader"]');
    if (cell && this.sameText(cell, m.el)) {
      const out: Ctl[] = [];
      for (let s = cell.nextElementSibling; s; s = s.nextElementSibling)
        out.push(...ctlsIn(idx, s).filter(ok));
      if (out.length) return this.pick(def, out);
    }
    // proximity: after the question, up to the next question
    const after = ctlsBetween(idx, m.end, limit).filter(ok);
    if (after.length) return this.pick(def, after, true);
    return [];
  }

  /** The controls of one answer among candidates (a select, a radio group, the tick boxes, one box). */
  private pick(def: FieldDef, list: Ctl[], proximity = false): Ctl[] {
    const first = list[0];
    if (def.kind === 'multi') {
      if (first.kind === 'multiselect') return [first];
      return list.filter((c) => c.kind === 'checkbox');
    }
    if (def.kind === 'choice') {
      if (first.kind === 'radio') {
        const name = first.el.getAttribute('name');
        if (name) {
          const group = this.radioGroup(first);
          return group;
        }
        if (!proximity) return list.filter((c) => c.kind === 'radio');
        const out: Ctl[] = [];
        for (const c of list) {
          if (c.kind !== 'radio' || c.el.getAttribute('name')) break;
          out.push(c);
        }
        return out;
      }
      return [first];
    }
    return [first];
  }

  private expand(def: FieldDef, list: Ctl[]): Ctl[] {
    if (list[0].kind === 'radio' && def.kind === 'choice') return this.radioGroup(list[0]);
    return this.pick(def, list);
  }

  private radiosByName: Map<string, Ctl[]> | null = null;

  /** The radio buttons sharing this one's name (in its form), in document order. */
  private radioGroup(first: Ctl): Ctl[] {
    const name = first.el.getAttribute('name');
    if (!name) return [first];
    if (!this.radiosByName) {
      this.radiosByName = new Map();
      for (const c of this.idx.ctls) {
        if (c.kind !== 'radio') continue;
        const n = c.el.getAttribute('name');
        if (n) pushTo(this.radiosByName, n, c);
      }
    }
    const all = this.radiosByName.get(name) ?? [first];
    const form = (first.el as HTMLInputElement).form ?? null;
    return all.length === 1
      ? all
      : all.filter((c) => ((c.el as HTMLInputElement).form ?? null) === form);
  }

  private sameText(outer: Element, inner: Element): boolean {
    return normaliseLabel(textOf(this.idx, outer)) === normaliseLabel(textOf(this.idx, inner));
  }

  /** The visible caption of a radio button or tick box. */
  private caption(c: Ctl, known?: readonly string[], before = false): string {
    const idx = this.idx;
    const el = c.el;
    if (el.id) {
      const labels = idx.labelFor.get(el.id);
      if (labels?.length) {
        this.captionEls.add(labels[0]);
        return displayLabel(textOf(idx, labels[0]));
      }
    }
    const wrap = el.closest('label');
    if (wrap) {
      const t = displayLabel(textOf(idx, wrap));
      if (t) return t;
    }
    const lb = el.getAttribute('aria-labelledby');
    if (lb) {
      const t = lb
        .split(/\s+/)
        .map((id) => idx.doc.getElementById(id))
        .filter((e): e is HTMLElement => !!e)
        .map((e) => textOf(idx, e))
        .join(' ');
      if (cleanText(t)) return displayLabel(t);
    }
    const aria = el.getAttribute('aria-label');
    if (aria && cleanText(aria)) return displayLabel(aria);
    // a bare text (or a span) next to the input: after it, or before it when the group's
    // captions come first ("Yes ◯  No ◯")
    const order: Array<'next' | 'prev'> = before ? ['prev', 'next'] : ['next', 'prev'];
    for (let node: Element = el, depth = 0; depth < 2; depth++) {
      for (const dir of order) {
        const t = siblingText(idx, node, dir);
        if (t) return displayLabel(t);
      }
      const parent = node.parentElement;
      if (!parent || ctlsIn(idx, parent).length > 1) break;
      node = parent;
    }
    const value = el.getAttribute('value');
    if (value && known?.some((k) => sameOption(k, value))) return value;
    return '';
  }

  /** A caption the page ties to the input: <label for>, a wrapping label, aria. */
  private hasOwnCaption(el: Element): boolean {
    return (
      (!!el.id && this.idx.labelFor.has(el.id)) ||
      !!el.closest('label') ||
      el.hasAttribute('aria-labelledby') ||
      el.hasAttribute('aria-label')
    );
  }

  /**
   * The value written beside a label: after `Label:`, in the next table cell, in the <dd> of a
   * <dt>, or in the label's following siblings (up to the next question). A read-only control met
   * first gives its value instead.
   *
   * `own` is the field's id for a value shown as text (pre-populated, computed): its value is
   * only what sits in the label's own slot. A heading, another field's label, an editable control
   * or one another field has claimed is never it; when one of them comes first, or the label has
   * nothing after it, there is no slot (`slot` false) and the field is not found by this label.
   */
  private adjacentValue(m: QMatch, limit: number, own: string | null): Adjacent {
    const idx = this.idx;
    const none: Adjacent = { text: null, el: null, ctl: null, tight: false, slot: false };
    const blank: Adjacent = { text: null, el: null, ctl: null, tight: true, slot: true };
    if (m.colonValue !== undefined) {
      const lines = linesOf(idx, m.el);
      const at = lines.search(/[:*]/);
      const t = valueText(at >= 0 ? lines.slice(at + 1) : m.colonValue);
      return { text: t || null, el: m.el, ctl: null, tight: true, slot: true };
    }
    if (m.after) {
      const v = this.scanSiblings(m.after, limit, own);
      if (v.text != null || v.ctl) return { ...v, tight: true };
      if (own && v.blocked) return none;
      if (own && v.slot) return { ...blank, el: m.el };
    }
    const cell = m.el.closest('td, th, [role="cell"], [role="gridcell"], [role="rowheader"]');
    if (cell && this.sameText(cell, m.el)) {
      for (let s = cell.nextElementSibling; s; s = s.nextElementSibling) {
        if (own && this.notASlot(s, own)) return s === cell.nextElementSibling ? none : blank;
        const cs = ctlsIn(idx, s);
        if (cs.length) {
          if (own)
            return this.ownCtl(cs[0])
              ? { text: null, el: s, ctl: cs[0], tight: true, slot: true }
              : s === cell.nextElementSibling
                ? none
                : blank;
          return !ctlEditable(cs[0])
            ? { text: null, el: s, ctl: cs[0], tight: true, slot: true }
            : blank;
        }
        const t = valueText(linesOf(idx, s));
        if (t) return { text: t, el: s, ctl: null, tight: true, slot: true };
      }
      return own && !cell.nextElementSibling ? none : blank;
    }
    const dt = m.el.localName === 'dt' ? m.el : m.el.closest('dt');
    if (dt) {
      const parts: string[] = [];
      let el: Element | null = null;
      let slot = false;
      for (let s = dt.nextElementSibling; s && s.localName !== 'dt'; s = s.nextElementSibling) {
        if (own && this.notASlot(s, own)) break;
        slot = true;
        const cs = ctlsIn(idx, s);
        if (cs.length && parts.length === 0) {
          if (own && !this.ownCtl(cs[0])) break;
          return { text: null, el: s, ctl: cs[0], tight: true, slot: true };
        }
        const t = linesOf(idx, s);
        if (t) {
          parts.push(t);
          el ??= s;
        }
      }
      return {
        text: valueText(parts.join('\n')) || null,
        el,
        ctl: null,
        tight: true,
        slot: slot || !own,
      };
    }
    // the label's following siblings; first out of wrappers that hold the label alone
    let node: Element = m.el;
    for (
      let p = node.parentElement;
      p && !isRowish(p) && this.holdsOnly(p, node);
      p = p.parentElement
    )
      node = p;
    for (let climb = 0; climb < 3; climb++) {
      const v = this.scanSiblings(node, limit, own);
      if (v.text != null || v.ctl) return v;
      // an empty value slot (an element after the label) means: no value
      if (v.slot) return { ...none, slot: true };
      // another question (or a heading) straight after the label: it has no slot of its own
      if (own && v.blocked) break;
      const parent = node.parentElement;
      if (!parent || isRowish(parent) || parent === idx.doc.body || (own && this.isPanel(parent)))
        break;
      node = parent;
    }
    return none;
  }

  /** For a value shown as text: an element that cannot be (or hold) its value: a heading, another field's label. */
  private notASlot(e: Element, own: string): boolean {
    return e.matches(HEADING) || !!e.querySelector(HEADING) || this.holdsOtherLabel(e, own);
  }

  /** For a value shown as text: a control that may show it (read-only, and no other field's). */
  private ownCtl(c: Ctl): boolean {
    return !ctlEditable(c) && !this.claimed.has(c);
  }

  /**
   * The text (or read-only control) after a node among its siblings, up to the next question.
   * `blocked`: the next question (or, for `own`, what cannot be its value) came before any slot.
   */
  private scanSiblings(
    node: Node,
    limit: number,
    own: string | null,
  ): Adjacent & { blocked: boolean } {
    const idx = this.idx;
    const parts: string[] = [];
    let el: Element | null = null;
    let slot = false;
    let blocked = false;
    for (let s = node.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3) {
        const t = s.nodeValue ?? '';
        if (t.trim()) {
          slot = true;
          parts.push(t);
        }
        continue;
      }
      if (s.nodeType !== 1) continue;
      const e = s as Element;
      const p = idx.pos.get(e);
      if (p === undefined) continue; // script, style and the like
      if (p >= limit || this.hasBoundaryIn(e) || (own && this.notASlot(e, own))) {
        // without `own`, the next question ends an empty slot: no value
        if (!own) slot = true;
        blocked = !slot;
        break;
      }
      if (e.localName === 'br') {
        parts.push('\n');
        continue;
      }
      if (isAction(idx, e)) continue;
      const cs = ctlsIn(idx, e);
      const ctl = idx.ctlByEl.get(e);
      if (ctl || cs.length) {
        const c = ctl ?? cs[0];
        if (own ? this.ownCtl(c) : true) {
          if (!valueText(parts.join('')) && (own || !ctlEditable(c)))
            return { text: null, el: e, ctl: c, tight: false, slot: true, blocked: false };
          slot = true;
        } else blocked = !slot;
        break;
      }
      if (!DECORATIVE.has(e.localName)) slot = true;
      const t = linesOf(idx, e);
      if (t) {
        el ??= e;
        parts.push(BLOCKISH.has(e.localName) ? `\n${t}\n` : t);
      }
    }
    const text = valueText(parts.join(''));
    if (text)
      return {
        text,
        el: el ?? node.parentElement,
        ctl: null,
        tight: false,
        slot: true,
        blocked: false,
      };
    return { text: null, el: null, ctl: null, tight: false, slot, blocked };
  }

  /** Does `p` hold `node` and nothing else but decoration (icons, a required `*`, action links)? */
  private holdsOnly(p: Element, node: Element): boolean {
    for (let n = p.firstChild; n; n = n.nextSibling) {
      if (n === node) continue;
      if (n.nodeType === 3) {
        const t = (n.nodeValue ?? '').trim();
        if (t && t !== '*' && t !== ':') return false;
      } else if (n.nodeType === 1) {
        const e = n as Element;
        if (DECORATIVE.has(e.localName) || isAction(this.idx, e)) continue;
        const t = textOf(this.idx, e);
        if (t === '*' || t === ':') continue;
        return false;
      }
    }
    return true;
  }

  // ---- 4. fields within another --------------------------------------------------------------

  private readWithin(def: FieldDef): void {
    const parent = this.found.get(def.within!);
    if (!parent || !parent.snap.found) return;
    const from = parent.end;
    const lastParent = parent.ctls.length ? parent.ctls[parent.ctls.length - 1].order : from;
    const to = this.ownPlaceEnd(
      parent,
      lastParent,
      this.nextBoundary(
        Math.max(parent.order, parent.question ? endOf(this.idx, parent.question) : parent.order),
      ),
    );
    const cands = (this.matches.get(def.id) ?? []).filter(
      (m) => m.order > parent.order && m.order < to,
    );
    let best: { m: QMatch; r: Resolved; score: number } | null = null;
    for (const m of cands) {
      const r = this.resolve(def, m, to);
      // a text box between the parent's answers and this label, not the label's own: the label is not directly under the parent
      if (
        m.order > lastParent &&
        ctlsBetween(this.idx, lastParent, m.order).some(
          (c) => c.kind === 'text' && !r.ctls.includes(c),
        )
      )
        continue;
      const score = (m.quality === 'exact' ? 4 : 2) * 10 + (r.ctls.length ? 5 : 0);
      if (!best || score > best.score) best = { m, r, score };
    }
    if (best) {
      this.store(def, best.m, best.r);
      return;
    }
    // an unlabelled text box right after the parent's answers
    const box = ctlsBetween(this.idx, lastParent, to).find(
      (c) => c.kind === 'text' && !this.claimed.has(c),
    );
    if (!box) return;
    const captions = new Set(parent.snap.options.map(normaliseLabel));
    const between = blocksBetween(this.idx, lastParent, box.order).filter(
      (b) =>
        !b.hasControl &&
        !captions.has(normaliseLabel(b.text)) &&
        !SEPARATOR_ONLY.test(b.text.replace(/\*/g, '')),
    );
    if (between.length) return;
    this.store(def, null, this.valueFrom(def, [box]));
  }

  /**
   * Where a field within `parent` can be: up to `limit` (the next recognised question), but no
   * further than the first answer of another question after the parent's own answers: a radio,
   * tick box or list not the parent's, or a control another field has. A question that is not
   * recognised (removed or renamed) still has its answers on the page, and what follows them is
   * that question's, not the parent's.
   */
  private ownPlaceEnd(parent: Found, lastParent: number, limit: number): number {
    const own = new Set(parent.ctls);
    for (const c of ctlsBetween(this.idx, lastParent, limit)) {
      if (own.has(c)) continue;
      if (c.kind !== 'text' || this.claimed.has(c)) return c.order;
    }
    return limit;
  }

  // ---- 5. tables -----------------------------------------------------------------------------

  private readTable(def: FieldDef): void {
    const cands = this.matches.get(def.id) ?? [];
    const cols = this.set!.columns.get(def.id) ?? [];
    let chosen: { m: QMatch | null; table: TableLike } | null = null;
    for (const m of cands) {
      const t = this.tableAfter(def, m, cols);
      if (t) {
        chosen = { m, table: t };
        break;
      }
    }
    if (!chosen) {
      // no label, or no table after it: a table recognised by its header texts alone
      const t = this.tableByHeaders(def, cols);
      if (t) chosen = { m: cands[0] ?? null, table: t };
    }
    if (!chosen && cands.length === 0) return;
    const snap = emptyField(def.id);
    snap.found = true;
    snap.control = def.id;
    const m = chosen?.m ?? cands[0];
    let target: HTMLElement | null = null;
    const ctls: Ctl[] = [];
    if (chosen) {
      const t = chosen.table;
      for (const c of ctlsIn(this.idx, t.el)) {
        this.claimed.add(c);
        ctls.push(c);
      }
      t.rows.forEach((row, i) => {
        const key = `${def.id}/row${i}`;
        const first = row.ctls[0] ?? null;
        snap.rows.push({ cells: row.cells, control: first ? key : null } satisfies TableRow);
        if (first) {
          this.controls.set(key, first.el);
          this.questions.set(key, (m?.el ?? t.el) as HTMLElement);
        }
      });
      target = (t.el as HTMLElement) ?? null;
      snap.editable =
        ctls.some(ctlEditable) ||
        !!t.el.querySelector(
          'button:not([disabled]), input[type="button"]:not([disabled]), a[href]',
        );
    }
    const question = m?.el ?? null;
    snap.shown = isShown(this.idx, question ?? chosen!.table.el);
    const order = question ? orderOf(this.idx, question) : orderOf(this.idx, chosen!.table.el);
    const end = chosen ? endOf(this.idx, chosen.table.el) : order;
    this.found.set(def.id, {
      def,
      snap,
      question,
      target,
      ctls,
      order,
      end,
      label: m?.text ?? null,
      table: chosen ? { el: chosen.table.el, how: chosen.table.how } : undefined,
    });
  }

  private tableAfter(
    def: FieldDef,
    m: QMatch,
    cols: Array<{ id: string; norms: string[] }>,
  ): TableLike | null {
    const idx = this.idx;
    // a label inside the table (its caption)
    const own = m.el.closest('table, [role="table"], [role="grid"]');
    if (own) {
      const t = this.parseTable(own, cols, !!def.positional);
      if (t) return t;
    }
    const limit = this.nextBoundary(m.end);
    for (const el of idx.tables) {
      const o = idx.pos.get(el)!;
      if (o <= m.end) continue;
      if (o >= limit) break;
      const t = this.parseTable(el, cols, !!def.positional);
      if (t) return t;
    }
    if (def.positional) {
      for (const el of idx.lists) {
        const o = idx.pos.get(el)!;
        if (o <= m.end) continue;
        if (o >= limit) break;
        return this.parseList(el, cols);
      }
      return this.parseSiblings(m, cols, limit);
    }
    return null;
  }

  private tableByHeaders(
    def: FieldDef,
    cols: Array<{ id: string; norms: string[] }>,
  ): TableLike | null {
    if (cols.length === 0) return null;
    let best: { t: TableLike; score: number } | null = null;
    for (const el of this.idx.tables) {
      if (ctlsIn(this.idx, el).some((c) => this.claimed.has(c))) continue;
      const t = this.parseTable(el, cols, false);
      if (!t || t.matched < Math.min(2, cols.length)) continue;
      // the table fits this field better than any other table field
      let rival = false;
      for (const [other, ocols] of this.set!.columns) {
        if (other === def.id || !this.defs.some((d) => d.id === other)) continue;
        const h = this.headerMatch(t.headers, ocols);
        if (h > t.matched || (h === t.matched && ocols.length < cols.length)) rival = true;
      }
      if (rival) continue;
      const score = t.matched / cols.length;
      if (!best || score > best.score) best = { t, score };
    }
    return best?.t ?? null;
  }

  private headerMatch(headers: string[], cols: Array<{ id: string; norms: string[] }>): number {
    // loops rather than nested some(): no closure made per column and per header
    let n = 0;
    for (const c of cols) {
      let hit = false;
      for (let i = 0; i < headers.length && !hit; i++)
        for (let j = 0; j < c.norms.length && !hit; j++) hit = !!matchLabel(headers[i], c.norms[j]);
      if (hit) n++;
    }
    return n;
  }

  /** Rows of a <table> or ARIA table, keyed by the field's columns (by header text, else by position). */
  private parseTable(
    el: Element,
    cols: Array<{ id: string; norms: string[] }>,
    positional: boolean,
  ): TableLike | null {
    const idx = this.idx;
    const rows = tableRows(el);
    if (rows.length === 0)
      return positional ? { el, how: 'table', rows: [], headers: [], matched: 0 } : null;
    // header rows: <thead>, all <th>, role=columnheader, or a first row of column labels
    let headerCells: string[] | null = null;
    let start = 0;
    for (let i = 0; i < rows.length && i < 3; i++) {
      const cells = rowCells(rows[i]);
      const isHeader =
        rows[i].parentElement?.localName === 'thead' ||
        (cells.length > 0 &&
          cells.every((c) => c.localName === 'th' || c.getAttribute('role') === 'columnheader'));
      const texts = cells.map((c) => normaliseLabel(textOf(idx, c)));
      const labelled = this.headerMatch(texts, cols);
      if (
        isHeader ||
        (labelled > 0 && ctlsIn(idx, rows[i]).length === 0 && labelled >= Math.min(2, cols.length))
      ) {
        headerCells = expandSpans(cells, texts);
        start = i + 1;
      } else break;
    }
    let colOf: Array<string | null>;
    let matched = 0;
    if (headerCells) {
      colOf = headerCells.map((h) => {
        if (!h) return null;
        const exact = cols.find((c) => c.norms.includes(h));
        const c = exact ?? cols.find((c) => c.norms.some((l) => matchLabel(h, l) === 'prefix'));
        return c ? c.id : null;
      });
      const distinct = new Set(colOf.filter(Boolean));
      matched = distinct.size;
      if (matched === 0) return null;
    } else {
      if (!positional) return null;
      colOf = cols.map((c) => c.id);
    }
    const out: TableRow2[] = [];
    for (let i = start; i < rows.length; i++) {
      const row = rows[i];
      if (row.parentElement?.localName === 'tfoot') continue;
      const cells = rowCells(row);
      if (cells.length === 0) continue;
      if (
        headerCells &&
        cells.length === 1 &&
        colOf.length > 1 &&
        Number(cells[0].getAttribute('colspan') ?? 1) > 1
      )
        continue;
      const rowCtls = ctlsIn(idx, row);
      const values: Record<string, string> = {};
      let col = 0;
      let anyText = false;
      let segments: string[] | null = null;
      if (!headerCells && cells.length === 1 && rowCtls.length === 0)
        segments = splitSegments(idx, cells[0]);
      const items = segments ?? cells.map((c) => this.cellValue(c));
      items.forEach((v, k) => {
        const span = segments ? 1 : Math.max(1, Number(cells[k].getAttribute('colspan') ?? 1) || 1);
        const id = colOf[col];
        if (id && values[id] === undefined) values[id] = v;
        if (v) anyText = true;
        col += span;
      });
      if (!anyText && (rowCtls.length === 0 || !isShown(idx, row))) continue;
      if (!anyText && rowCtls.length === 0) continue;
      if (anyText && rowCtls.length === 0 && this.onlyActions(row)) continue;
      out.push({ cells: values, ctls: rowCtls });
    }
    return { el, how: 'table', rows: out, headers: headerCells ?? [], matched };
  }

  private cellValue(cell: Element): string {
    const cs = ctlsIn(this.idx, cell);
    if (cs.length) {
      const vals: string[] = [];
      for (const c of cs) {
        if (c.kind === 'radio' || c.kind === 'checkbox') {
          if (isChecked(c)) vals.push(this.caption(c));
        } else {
          const v = ctlValue(c);
          if (v) vals.push(v);
        }
      }
      return vals.join(' ');
    }
    return linesOf(this.idx, cell);
  }

  /** A row made only of links and buttons such as Add, Find, Delete. */
  private onlyActions(row: Element): boolean {
    const t = textOf(this.idx, row);
    return t.split(/\s*[|·]\s*|\s{2,}/).every((w) => !w || ACTION_WORDS.test(w));
  }

  private parseList(el: Element, cols: Array<{ id: string; norms: string[] }>): TableLike {
    const rows: TableRow2[] = [];
    const items = Array.from(el.children).filter(
      (c) => c.localName === 'li' || c.localName === 'dt' || c.localName === 'dd',
    );
    for (const item of items) {
      const segs = splitSegments(this.idx, item);
      if (segs.length === 0 || this.onlyActions(item)) continue;
      const cells: Record<string, string> = {};
      cols.forEach((c, i) => {
        if (segs[i] !== undefined) cells[c.id] = segs[i];
      });
      rows.push({ cells, ctls: ctlsIn(this.idx, item) });
    }
    return { el, how: 'list', rows, headers: [], matched: 0 };
  }

  /** Rows written as the elements following a heading (a person summary's panels). */
  private parseSiblings(
    m: QMatch,
    cols: Array<{ id: string; norms: string[] }>,
    limit: number,
  ): TableLike | null {
    let node: Element = m.el;
    for (let p = node.parentElement; p && this.sameText(p, node); p = p.parentElement) node = p;
    const rows: TableRow2[] = [];
    let container: Element | null = null;
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
      const p = this.idx.pos.get(s);
      if (p === undefined || p >= limit || this.hasBoundaryIn(s) || /^h[1-6]$/.test(s.localName))
        break;
      const segs = splitSegments(this.idx, s);
      if (segs.length === 0 || this.onlyActions(s)) continue;
      container ??= s;
      const cells: Record<string, string> = {};
      cols.forEach((c, i) => {
        if (segs[i] !== undefined) cells[c.id] = segs[i];
      });
      rows.push({ cells, ctls: ctlsIn(this.idx, s) });
    }
    if (!container) return null;
    return { el: container, how: 'siblings', rows, headers: [], matched: 0 };
  }

  // ---- 6. the free-text areas of Section 2 ---------------------------------------------------

  private readAreas(def: FieldDef): void {
    const idx = this.idx;
    // (markers are never inside a link or a button: see matchTexts)
    const s2 = this.markers.find((mk) => mk.role === 'form' && mk.number === 2);
    const s2all = this.markers.filter((mk) => mk.role === 'form' && mk.number === 2);
    // the real heading is the last "2." heading before the first question of Section 2
    let start: number | null = null;
    let heading: Element | null = null;
    const section2Fields = this.defs.filter(
      (d) => d.section === 2 && d.tab === 'form' && d.kind !== 'areas',
    );
    const firstS2 = section2Fields
      .map((d) => this.found.get(d.id))
      .filter((f): f is Found => !!f)
      .sort((a, b) => a.order - b.order)[0];
    if (s2all.length) {
      const before = firstS2 ? s2all.filter((mk) => mk.order < firstS2.order) : s2all;
      const mk = before[before.length - 1] ?? s2all[s2all.length - 1] ?? s2;
      if (mk) {
        start = mk.order;
        heading = mk.el;
      }
    }
    if (start == null && firstS2) start = firstS2.order - 1;
    if (start == null) return;
    let end = Number.MAX_SAFE_INTEGER;
    const s3 = this.markers.find(
      (mk) => mk.role === 'form' && mk.number === 3 && mk.order > start!,
    );
    if (s3) end = s3.order;
    const s3Fields = this.defs
      .filter((d) => d.section === 3 && d.tab === 'form')
      .map((d) => this.found.get(d.id))
      .filter((f): f is Found => !!f && f.order > start!);
    for (const f of s3Fields) if (f.order < end) end = f.order;
    const otherSection = this.markers.find(
      (mk) => mk.order > start! && mk.order < end && (mk.role !== 'form' || mk.number !== 2),
    );
    if (otherSection) end = otherSection.order;
    const panel =
      this.tabs.find((t) => t.panel && heading && within(idx, t.panel, heading))?.panel ?? null;
    const headingShown = heading ? isShown(idx, heading) : true;

    const configured = (this.overrides[def.id] ?? []).map(normaliseLabel).filter(Boolean);
    const snap = emptyField(def.id);
    const ctls: Ctl[] = [];
    let prev = start;
    for (const c of ctlsBetween(idx, start, end)) {
      const isArea = c.el.localName === 'textarea' || (configured.length > 0 && c.kind === 'text');
      if (!isArea || this.claimed.has(c) || (panel && !within(idx, panel, c.el))) {
        prev = c.order;
        continue;
      }
      if (c.el.closest('table, [role="table"], [role="grid"]') && this.inFieldTable(c)) {
        prev = c.order;
        continue;
      }
      if (headingShown && !isShown(idx, c.el)) {
        prev = c.order;
        continue;
      }
      const lab = this.areaLabel(c, prev);
      prev = c.order;
      if (
        configured.length &&
        c.el.localName !== 'textarea' &&
        !configured.includes(normaliseLabel(lab.text))
      )
        continue;
      const key = `${def.id}/${snap.areas.length}`;
      snap.areas.push({ label: lab.text, value: ctlValue(c) ?? '', control: key } satisfies Area);
      this.controls.set(key, c.el);
      this.questions.set(key, (lab.el ?? c.el) as HTMLElement);
      ctls.push(c);
    }
    if (snap.areas.length === 0) return;
    snap.found = true;
    snap.control = snap.areas[0].control;
    snap.editable = ctls.some(ctlEditable);
    snap.shown = ctls.some((c) => isShown(idx, c.el));
    this.found.set(def.id, {
      def,
      snap,
      question: heading,
      target: ctls[0].el,
      ctls,
      order: start,
      end,
      label: null,
    });
    const key = snap.control!;
    this.questions.set(key, this.questions.get(key)!);
  }

  private inFieldTable(c: Ctl): boolean {
    for (const f of this.found.values()) if (f.snap.rows.length && f.ctls.includes(c)) return true;
    return false;
  }

  /** The text of an area's question: its label, or the last text between the previous control and it. */
  private areaLabel(c: Ctl, prev: number): { text: string; el: Element | null } {
    const idx = this.idx;
    const el = c.el;
    if (el.id) {
      const l = idx.labelFor.get(el.id);
      if (l?.length) return { text: displayLabel(textOf(idx, l[0])), el: l[0] };
    }
    const wrap = el.closest('label');
    if (wrap && textOf(idx, wrap)) return { text: displayLabel(textOf(idx, wrap)), el: wrap };
    const lb = el.getAttribute('aria-labelledby');
    if (lb) {
      const ref = idx.doc.getElementById(lb.split(/\s+/)[0]);
      if (ref) return { text: displayLabel(textOf(idx, ref)), el: ref };
    }
    const aria = el.getAttribute('aria-label');
    if (aria) return { text: displayLabel(aria), el: null };
    const cell = el.closest('td, [role="cell"], [role="gridcell"]');
    if (cell) {
      for (let s = cell.previousElementSibling; s; s = s.previousElementSibling) {
        const t = textOf(idx, s);
        if (t) return { text: displayLabel(t), el: s };
      }
    }
    const between = blocksBetween(idx, prev, c.order).filter(
      (b) => !b.hasControl && !SEPARATOR_ONLY.test(b.text.replace(/\*/g, '')),
    );
    if (!between.length) return { text: '', el: null };
    // the outermost of the blocks that end last (a question with its "*")
    let best = between[0];
    for (const b of between) {
      if (b.end > best.end || (b.end === best.end && b.order < best.order)) best = b;
    }
    // prefer a whole question over a trailing hint: the largest block ending last, within its parent
    return { text: displayLabel(best.text), el: best.el };
  }
}

interface Adjacent {
  text: string | null;
  el: Element | null;
  ctl: Ctl | null;
  /** found in the label's own row, definition or `Label: value` (not by walking siblings) */
  tight: boolean;
  /** the label has a place for a value (its row, definition, `Label:` or a sibling), even an empty one */
  slot: boolean;
}

interface Resolved {
  /** the value was found in the label's own row, definition or `Label: value` */
  tight?: boolean;
  /** for a value shown as text: the label has a place of its own for it (see `adjacentValue`) */
  slot?: boolean;
  ctls: Ctl[];
  value: string | null;
  values: string[];
  options: string[];
  target: HTMLElement | null;
}

interface TableRow2 {
  cells: Record<string, string>;
  ctls: Ctl[];
}

interface TableLike {
  el: Element;
  how: 'table' | 'list' | 'siblings';
  rows: TableRow2[];
  headers: string[];
  matched: number;
}

/** Headings: never the question of a value shown as text, nor its value. */
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Elements that decorate a label or value (icons, line breaks) without being one. */
const DECORATIVE = new Set(['img', 'svg', 'br', 'hr', 'button', 'picture', 'i']);

/** A link or button such as Change, Find, Add, Delete. */
function isAction(idx: DomIndex, e: Element): boolean {
  const t = e.localName;
  if (t !== 'a' && t !== 'button' && e.getAttribute('role') !== 'button') return false;
  const text = textOf(idx, e);
  return !text || ACTION_WORDS.test(text);
}

const BLOCKISH = new Set([
  'div',
  'p',
  'li',
  'dd',
  'dt',
  'tr',
  'td',
  'th',
  'section',
  'ul',
  'ol',
  'table',
  'address',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

function isChoiceInput(el: Element): boolean {
  if (el.localName !== 'input') return false;
  const t = (el.getAttribute('type') ?? '').toLowerCase();
  return t === 'radio' || t === 'checkbox';
}

function isRowish(el: Element): boolean {
  const t = el.localName;
  return (
    t === 'tr' ||
    t === 'td' ||
    t === 'th' ||
    t === 'fieldset' ||
    t === 'form' ||
    t === 'table' ||
    t === 'tbody' ||
    t === 'body' ||
    t === 'li' ||
    t === 'dl'
  );
}

function compatible(kind: FieldDef['kind'], c: Ctl, explicit: boolean): boolean {
  switch (kind) {
    case 'choice':
      return c.kind === 'select' || c.kind === 'radio' || (explicit && c.kind === 'text');
    case 'multi':
      return c.kind === 'checkbox' || c.kind === 'multiselect';
    case 'text':
      return c.kind === 'text';
    case 'shown':
      return c.kind === 'text' || c.kind === 'select';
    default:
      return false;
  }
}

/** A `:` or `*` within the first 160 characters (where "Label: value" ends its label). */
function hasLabelEnd(raw: string): boolean {
  const n = Math.min(raw.length, 160);
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 58 || c === 42) return true;
  }
  return false;
}

/** Strip what is not part of a value: leading `*` and `:` left over from the label. */
function valueText(s: string): string {
  return cleanLines(s.replace(/^[\s*:]+/, ''));
}

/** The text beside an element among its siblings, up to the next control or line break. */
function siblingText(idx: DomIndex, el: Element, dir: 'next' | 'prev'): string {
  const parts: string[] = [];
  for (
    let s = dir === 'next' ? el.nextSibling : el.previousSibling;
    s;
    s = dir === 'next' ? s.nextSibling : s.previousSibling
  ) {
    if (s.nodeType === 3) {
      parts.push(s.nodeValue ?? '');
      continue;
    }
    if (s.nodeType !== 1) continue;
    const e = s as Element;
    if (e.localName === 'br' || idx.ctlByEl.has(e) || ctlsIn(idx, e).length > 0) break;
    if (e.localName === 'input' || e.localName === 'button') break;
    if (BLOCKISH.has(e.localName) && cleanText(parts.join(''))) break;
    parts.push(textOf(idx, e));
    if (BLOCKISH.has(e.localName)) break;
  }
  if (dir === 'prev') parts.reverse();
  return cleanText(parts.join(' '));
}

/** Is textOf(idx, el) at most `limit` characters long? Without cleaning all of a long text. */
function textAtMost(idx: DomIndex, el: Element, limit: number): boolean {
  const r = rawOf(idx, el);
  return cleanLengthAtMost(r !== undefined ? r : el.textContent, limit);
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) seen.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (seen.has(e)) return e;
  return null;
}

function tableRows(el: Element): Element[] {
  if (el.localName === 'table')
    return Array.from((el as HTMLTableElement).rows ?? el.querySelectorAll('tr')).filter(
      (r) => r.closest('table') === el,
    );
  return Array.from(el.querySelectorAll('[role="row"]')).filter(
    (r) => r.closest('[role="table"], [role="grid"], [role="treegrid"]') === el,
  );
}

function rowCells(row: Element): Element[] {
  if (row.localName === 'tr')
    return Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th');
  return Array.from(row.children).filter((c) => {
    const r = c.getAttribute('role');
    return r === 'cell' || r === 'gridcell' || r === 'columnheader' || r === 'rowheader';
  });
}

function expandSpans(cells: Element[], texts: string[]): string[] {
  const out: string[] = [];
  cells.forEach((c, i) => {
    const span = Math.max(1, Number(c.getAttribute('colspan') ?? 1) || 1);
    out.push(texts[i]);
    for (let k = 1; k < span; k++) out.push('');
  });
  return out;
}

/** The parts of a row written without cells: its children's texts, else its text split at `·`, `|` or tabs. */
function splitSegments(idx: DomIndex, el: Element): string[] {
  const segs: string[] = [];
  const collect = (node: Element) => {
    let kids = 0;
    for (let n = node.firstChild; n; n = n.nextSibling)
      if ((n.nodeType === 3 && (n.nodeValue ?? '').trim()) || n.nodeType === 1) kids++;
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const raw = n.nodeValue ?? '';
        for (const part of raw.split(ROW_SPLIT)) {
          const t = cleanText(part);
          if (t && !SEPARATOR_ONLY.test(t)) segs.push(t);
        }
      } else if (n.nodeType === 1) {
        const e = n as Element;
        if (!idx.pos.has(e) || e.localName === 'button') continue;
        if (e.localName === 'a' && ACTION_WORDS.test(textOf(idx, e))) continue;
        const t = textOf(idx, e);
        if (!t) continue;
        if (kids === 1 || (e.childElementCount > 0 && BLOCKISH.has(e.localName))) collect(e);
        else {
          for (const part of t.split(ROW_SPLIT)) {
            const p = cleanText(part);
            if (p && !SEPARATOR_ONLY.test(p)) segs.push(p);
          }
        }
      }
    }
  };
  collect(el);
  return segs;
}
