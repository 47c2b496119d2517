/**
 * Clearing a page's values out of texts taken from it, for the structure report (describe.ts):
 * every value the reader found, and anything shaped like a date, an age, a long number, a
 * postcode or an e-mail address. The forms' own words (forms.md's labels, options, columns, tabs
 * and sections) identify no one and stay.
 */
import { FIELDS } from './fields';
import { TABS } from './kinds';
import type { PageSnapshot } from './snapshot';
import { cleanText } from './text';

const DATE =
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{2,4}\b/gi;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const LONG_NUMBER = /(?:[£$€]\s?)?\d[\d ,.]{2,}\d|\b\d{3,}\b|[£$€]\s?\d+(?:\.\d+)?/g;
const AGE = /\(\s*\d+\s+years?\s+old\s*\)/gi;
const WORD = /[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?/g;

/**
 * The words of the forms themselves (forms.md's labels, options, columns, tabs, sections). Built
 * for each report, not when the sidebar's script is evaluated: reports are rare, and the sidebar's
 * start-up on a slow laptop is not (docs/performance.md).
 */
function formWords(): Set<string> {
  const words = new Set<string>();
  const add = (t: string) => {
    for (const w of t.toLowerCase().match(WORD) ?? []) words.add(w.replace(/['’]/g, ''));
  };
  for (const f of FIELDS) {
    f.labels.forEach(add);
    f.options?.forEach(add);
    f.columns?.forEach((c) => c.labels.forEach(add));
  }
  Object.values(TABS).forEach(add);
  [
    'Information needed at point of referral/booking appointment',
    'Carers Wellbeing Conversation',
    'Eligibility and Support Plan',
    'Adult Social Care Privacy Notice',
    'Actions Taken',
    'Person summary',
    'Sections',
    'Guidance',
  ].forEach(add);
  return words;
}

/** Does a text consist only of the forms' own words (so it identifies no one)? */
function vocabularyOnly(text: string, vocabulary: Set<string>): boolean {
  const words = text.toLowerCase().match(WORD);
  return !!words && words.every((w) => vocabulary.has(w.replace(/['’]/g, '')));
}

/** Clears values out of a text taken from the page. */
export class Redactor {
  private readonly values: string[];
  private readonly vocabulary = formWords();

  constructor(snapshot: PageSnapshot) {
    const vals = new Set<string>();
    const add = (v: string | null | undefined) => {
      for (const line of (v ?? '').split('\n')) {
        const t = cleanText(line);
        if (t.length >= 2) vals.add(t.toLowerCase());
      }
    };
    add(snapshot.person.name);
    add(snapshot.person.id);
    add(snapshot.worker);
    for (const part of `${snapshot.person.name ?? ''} ${snapshot.worker ?? ''}`.split(/\s+/))
      if (part.length >= 3) vals.add(part.toLowerCase());
    for (const f of Object.values(snapshot.fields)) {
      add(f.value);
      for (const v of f.values) add(v);
      for (const r of f.rows) for (const c of Object.values(r.cells)) add(c);
      for (const a of f.areas) add(a.value);
    }
    // the options a page offers are its structure; a value that is one of them may stay
    const options = new Set<string>();
    for (const f of Object.values(snapshot.fields))
      for (const o of f.options) options.add(cleanText(o).toLowerCase());
    this.values = [...vals]
      .filter((v) => !options.has(v) && !vocabularyOnly(v, this.vocabulary))
      .sort((a, b) => b.length - a.length);
  }

  /** The text with every value and value-like pattern replaced by a placeholder. */
  clean(text: string): string {
    let t = cleanText(text);
    if (!t) return t;
    let lower = t.toLowerCase();
    for (const v of this.values) {
      let at = lower.indexOf(v);
      while (at >= 0) {
        // whole words only, so that the value "Carer" leaves "Carers Service user group" alone
        const before = at === 0 ? ' ' : lower[at - 1];
        const after = at + v.length >= lower.length ? ' ' : lower[at + v.length];
        if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
          t = `${t.slice(0, at)}[value]${t.slice(at + v.length)}`;
          lower = t.toLowerCase();
          at = lower.indexOf(v, at + 7);
        } else {
          at = lower.indexOf(v, at + 1);
        }
      }
    }
    return t
      .replace(EMAIL, '[email]')
      .replace(AGE, '([age])')
      .replace(DATE, '[date]')
      .replace(POSTCODE, '[postcode]')
      .replace(LONG_NUMBER, '[number]');
  }

  /** Every word that is not one of the forms' own words replaced by "…". */
  maskWords(text: string): string {
    return text.replace(WORD, (w) =>
      this.vocabulary.has(w.toLowerCase().replace(/['’]/g, '')) || w === 'id' || w === 'person'
        ? w
        : '…',
    );
  }
}
