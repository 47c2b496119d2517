/**
 * May a text the worker pointed at be kept as a field's question ("Show me where it is",
 * docs/label-overrides.md)? Only a question's wording is ever kept: a text that looks like an
 * answer or personal data, or that is already another field's question, is refused with a plain
 * reason, and nothing is kept. Pure: the sidebar gathers what the page says (the person, every
 * option text, the labels in use) and asks here.
 */
import { fieldsFor, type FieldDef } from './fields';
import type { PageKind } from './kinds';
import { cleanText, dropRequiredMarker, matchLabel, normaliseLabel, wordCount } from './text';

/** A question is seldom longer than this; a longer text is taken for an answer or a note. */
export const MAX_QUESTION_WORDS = 25;

export interface TeachContext {
  pageKind: PageKind;
  /** The field being taught. */
  field: string;
  /** The person the page is about (the title's name), when known. */
  personName: string | null;
  /** Every option text the page offers (radio captions, drop-down options), any field. */
  optionTexts: readonly string[];
  /** The effective label overrides (policy, the worker's, taught), per field id. */
  labelOverrides: Readonly<Record<string, readonly string[]>>;
}

export type TeachCheck = { ok: true; text: string } | { ok: false; reason: string };

const DATE = [
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b/,
  /\b\d{4}-\d{1,2}-\d{1,2}\b/,
  /\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(\s+\d{2,4})?\b/i,
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b/i,
];
/** A Mosaic ID, a phone number, an amount of money: any run of four digits or more. */
const LONG_NUMBER = /\d[\d\s]{2,}\d/;

const REFUSED = 'Nothing was kept.';

function refuse(why: string): TeachCheck {
  return { ok: false, reason: `${why} ${REFUSED}` };
}

/** The field whose question `norm` already is (fields.ts or the overrides), other than `field`. */
function otherFieldOf(norm: string, ctx: TeachContext): FieldDef | string | null {
  for (const def of fieldsFor(ctx.pageKind)) {
    if (def.id === ctx.field) continue;
    for (const label of def.labels) if (matchLabel(norm, normaliseLabel(label))) return def;
  }
  for (const [key, labels] of Object.entries(ctx.labelOverrides)) {
    if (key === ctx.field) continue;
    for (const label of labels) if (matchLabel(norm, normaliseLabel(label))) return key;
  }
  return null;
}

/** Words of a person's name worth looking for (not initials or titles). */
function nameWords(name: string): string[] {
  return normaliseLabel(name)
    .split(' ')
    .filter((w) => w.length >= 3 && !/^(mr|mrs|ms|miss|dr|mx)$/.test(w));
}

/**
 * Checks a text pointed at as the question of `ctx.field`. Returns the text to keep (whitespace
 * collapsed, a trailing required marker `*` dropped) or why it is refused.
 */
export function checkTaughtText(raw: string, ctx: TeachContext): TeachCheck {
  const text = dropRequiredMarker(cleanText(raw));
  const norm = normaliseLabel(text);
  if (!norm) return refuse('That has no words to recognise the question by.');
  if (wordCount(norm) > MAX_QUESTION_WORDS)
    return refuse(
      `That text is over ${MAX_QUESTION_WORDS} words, so it looks like an answer or a note rather than a question.`,
    );
  if (DATE.some((d) => d.test(text)))
    return refuse('That text has a date in it, so it looks like an answer rather than a question.');
  if (LONG_NUMBER.test(text))
    return refuse(
      'That text has a long number in it (such as a Mosaic ID), so it looks like personal data rather than a question.',
    );
  if (ctx.personName) {
    const words = new Set(norm.split(' '));
    if (nameWords(ctx.personName).some((w) => words.has(w) || words.has(`${w}s`)))
      return refuse(
        'That text has the name of the person in it, so it looks like personal data rather than a question.',
      );
  }
  const options = [...ctx.optionTexts, ...fieldsFor(ctx.pageKind).flatMap((d) => d.options ?? [])];
  if (options.some((o) => normaliseLabel(o) === norm))
    return refuse('That is one of the answers to choose from, not a question.');
  const other = otherFieldOf(norm, ctx);
  if (other !== null)
    return refuse(
      `That is already the question of another field${typeof other === 'string' ? '' : ` (“${other.labels[0] ?? other.id}”)`}.`,
    );
  return { ok: true, text };
}
