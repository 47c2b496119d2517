/**
 * The texts the reader looks for on a page of one kind: every field's labels (fields.ts, plus
 * the council's `labelOverrides`), table column headers, section headings and tab names, each
 * normalised once. And the cheap test every page text meets first: does it start like one of
 * them?
 */
import { fieldsFor, type FieldDef } from '../fields';
import { TABS, type PageKind } from '../kinds';
import { firstWords, normaliseLabel, PREFIX_MIN_WORDS, wordCount } from '../text';
import { firstWordHash, twoWordHash } from '../word-keys';
import { SECTION_NAMES } from './sections';

export interface LabelEntry {
  field: FieldDef;
  norm: string;
  words: number;
}

/** A table field's column: its id and the header texts that name it, normalised. */
export interface ColumnLabels {
  id: string;
  norms: string[];
}

export interface LabelSet {
  exact: Map<string, LabelEntry[]>;
  /** labels of PREFIX_MIN_WORDS words or more, by their first PREFIX_MIN_WORDS words */
  byStart: Map<string, LabelEntry[]>;
  /** column labels per table field */
  columns: Map<string, ColumnLabels[]>;
  /** every column label, for recognising header rows */
  anyColumn: Set<string>;
  /** first two words (twoWordHash) of every label, section heading and tab name */
  starts: Set<number>;
  /** first words (firstWordHash) of every label, for "Label: value" in one piece */
  firsts: Set<number>;
  /** a normalised text longer than this is no label, section heading or tab name */
  longest: number;
}

/**
 * Section headings and tab names, normalised. A heading may be numbered ("2 carers wellbeing …",
 * "section 12 carers wellbeing …"): the pre-filter's word hashes pass over numbers, and the
 * longest form sets how much of a page text is worth normalising.
 */
const STATIC_TEXTS = [
  ...SECTION_NAMES.map((s) => s.norm),
  ...SECTION_NAMES.map((s) => `section 12 ${s.norm}`),
  ...Object.values(TABS).map(normaliseLabel),
];

export function buildLabelSet(kind: PageKind, overrides: Record<string, string[]>): LabelSet {
  const set: LabelSet = {
    exact: new Map(),
    byStart: new Map(),
    columns: new Map(),
    anyColumn: new Set(),
    starts: new Set(STATIC_TEXTS.map(twoWordHash)),
    firsts: new Set(),
    longest: Math.max(...STATIC_TEXTS.map((t) => t.length)),
  };
  for (const f of fieldsFor(kind)) {
    const seen = new Set<string>();
    for (const t of [...f.labels, ...(overrides[f.id] ?? [])]) {
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
      const cols = f.columns.map((c) => ({
        id: c.id,
        norms: [...c.labels, ...(overrides[`${f.id}.${c.id}`] ?? [])]
          .map(normaliseLabel)
          .filter(Boolean),
      }));
      set.columns.set(f.id, cols);
      for (const c of cols) for (const n of c.norms) set.anyColumn.add(n);
    }
  }
  return set;
}

/** `:` or `*` early in a text: where "Label: value" written in one piece ends its label. */
const LABEL_END_NEAR_START = /^[^:*]{0,159}[:*]/;

/**
 * The pre-filter: may this raw page text be a label, a section heading or a tab name? Its first
 * two words are those of one (compared by hash: a collision only costs a closer look), or its
 * first word is a label's and a `:` or `*` follows soon.
 */
export function mayBeLabel(set: LabelSet, raw: string): boolean {
  if (set.starts.has(twoWordHash(raw))) return true;
  return set.firsts.has(firstWordHash(raw)) && LABEL_END_NEAR_START.test(raw);
}

export function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
