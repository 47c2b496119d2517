/**
 * Text helpers of page reading: how visible texts are cleaned and compared.
 * Dependency-free and regex-light (every pattern compiled once, at module load).
 *
 * ## Label matching policy
 *
 * A text on the page matches a label of `fields.ts` (or a council's `labelOverrides`) when, after
 * `normaliseLabel` (case, whitespace, `*`, `?`, `.`, `:`, `;`, `!`, `,`, quotes of any kind and
 * dash variants do not matter):
 *
 * 1. **exact**: the two are equal; or
 * 2. **prefix**: the label has at least `PREFIX_MIN_WORDS` words and the page text starts with it,
 *    followed by a word boundary: the rest is taken to be hint text written after the question
 *    ("No. of adults being cared for  Enter a whole number"). Short labels ("Gender", "Details",
 *    "Address", "Date of Birth") never match by prefix, so "Address line 1" or "Gender identity"
 *    are not taken for them; or
 * 3. **label: value**: the page text is `<label>: <value>` in one piece ("Sub Ethnicity: Any Other
 *    Mixed Back"); the part before the first colon matches exactly, and the rest is the value.
 *    Only fields whose value is shown as text (kind `shown`) are read this way.
 *
 * When a field's label matches several places, the reader prefers an exact match over a prefix
 * match, then one with an associated control or value, then the first in document order.
 */

/** Labels of at least this many words may be followed by hint text (prefix match). */
export const PREFIX_MIN_WORDS = 3;

const WS = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;
const QUOTES = /['"`\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const LABEL_PUNCT = /[?*:.!;,\u00bf\u2026]/g;

function isSpace(c: number): boolean {
  // most characters are printable ASCII or Latin-1 (from "!" to "~", and above the no-break space): not spaces
  if (c > 32 && (c < 127 || (c > 0xa0 && c < 0x1680))) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x200b ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Collapse whitespace (including non-breaking spaces) into single spaces and trim. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  // one pass, copying runs of characters that need no change
  const n = s.length;
  let out = '';
  let from = 0;
  let i = 0;
  let lastWasSpace = true; // at the start, spaces are dropped
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) {
      lastWasSpace = false;
      i++;
      continue;
    }
    if (c === 32 && !lastWasSpace && (i + 1 >= n || !isSpace(s.charCodeAt(i + 1)))) {
      // a single ordinary space between words: keep it as it is
      lastWasSpace = true;
      i++;
      continue;
    }
    // a run to collapse (or leading/trailing space to drop)
    out += s.slice(from, i);
    let j = i;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    if (!lastWasSpace && j < n) out += ' ';
    lastWasSpace = true;
    i = j;
    from = j;
  }
  if (from === 0)
    return lastWasSpace && n > 0 && isSpace(s.charCodeAt(n - 1)) ? s.slice(0, n - 1) : s;
  out += s.slice(from, n);
  return out.charCodeAt(out.length - 1) === 32 ? out.slice(0, -1) : out;
}

/** Is `cleanText(s)` at most `limit` characters long? Reads no further than it needs to. */
export function cleanLengthAtMost(s: string | null | undefined, limit: number): boolean {
  if (!s) return limit >= 0;
  let len = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      space = len > 0;
      continue;
    }
    len += space ? 2 : 1;
    space = false;
    if (len > limit) return false;
  }
  return true;
}

/**
 * Clean a multi-line text: each line cleaned, empty lines dropped, lines joined by "\n".
 * Used for values shown as text over several lines (an address).
 */
export function cleanLines(s: string | null | undefined): string {
  if (!s) return '';
  const out: string[] = [];
  for (const line of s.split('\n')) {
    const c = cleanText(line);
    if (c) out.push(c);
  }
  return out.join('\n');
}

/** A label or question as the page shows it, cleaned for display: whitespace collapsed, trailing `*` dropped. */
export function displayLabel(s: string | null | undefined): string {
  return dropRequiredMarker(cleanText(s));
}

/** displayLabel of a text already cleaned (cleanText): only the trailing `*` dropped. */
export function dropRequiredMarker(clean: string): string {
  // a cleaned text's only whitespace is single spaces: the trailing run of `*` and spaces goes
  let end = clean.length;
  if (clean.charCodeAt(end - 1) !== 42) return clean;
  while (end > 0 && (clean.charCodeAt(end - 1) === 42 || clean.charCodeAt(end - 1) === 32)) end--;
  return clean.slice(0, end);
}

/**
 * A text compared loosely: whitespace collapsed as cleanText does, trimmed, lower case; unlike
 * normaliseLabel, punctuation is kept. Tab names, action names, people's names.
 */
export function normaliseText(s: string | null | undefined): string {
  return cleanText(s).toLowerCase();
}

/**
 * The comparison form of a label or option text: lower case, quotes removed, dashes unified,
 * `? * : . ! ; ,` turned into spaces, whitespace collapsed and trimmed.
 * "Does your GP know you are a carer?*" → "does your gp know you are a carer".
 */
export function normaliseLabel(s: string | null | undefined): string {
  return normaliseLabelHead(s, Infinity);
}

/**
 * normaliseLabel, or only its beginning when that is longer than `max` characters: a prefix of
 * normaliseLabel(s), cut at the end of a word, longer than `max`. A text that cannot equal a label
 * of `max` characters or fewer is not normalised to its end; its beginning still shows which
 * labels it starts with.
 */
export function normaliseLabelHead(s: string | null | undefined, max: number): string {
  if (!s) return '';
  const t = s.toLowerCase();
  // one pass, copying runs of characters that need no change (same result as normaliseLabelSlow)
  const n = t.length;
  let out = '';
  let from = 0;
  let lastWasSpace = true;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      // a lower-case letter or a digit: nothing to change
      lastWasSpace = false;
      i++;
      continue;
    }
    if (isQuote(c)) {
      out += t.slice(from, i);
      from = ++i;
      continue;
    }
    if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) {
      out += `${t.slice(from, i)}-`;
      from = ++i;
      lastWasSpace = false;
      continue;
    }
    if (!isPunctOrSpace(c)) {
      lastWasSpace = false;
      i++;
      continue;
    }
    if (out.length + i - from > max && !lastWasSpace) return out + t.slice(from, i);
    if (c === 32 && !lastWasSpace && i + 1 < n && !isPunctOrSpace(t.charCodeAt(i + 1))) {
      lastWasSpace = true;
      i++;
      continue;
    }
    out += t.slice(from, i);
    let j = i;
    for (; j < n; j++) {
      const d = t.charCodeAt(j);
      if (isPunctOrSpace(d)) continue;
      if (isQuote(d)) continue;
      break;
    }
    if (!lastWasSpace && j < n) out += ' ';
    lastWasSpace = true;
    i = j;
    from = j;
  }
  out += t.slice(from, n);
  return out.charCodeAt(out.length - 1) === 32 ? out.slice(0, -1) : out;
}

/** `? * : . ! ; , ¿ …` or whitespace: what normaliseLabel turns into a single space. */
function isPunctOrSpace(c: number): boolean {
  return (
    c === 63 ||
    c === 42 ||
    c === 58 ||
    c === 46 ||
    c === 33 ||
    c === 59 ||
    c === 44 ||
    c === 0xbf ||
    c === 0x2026 ||
    isSpace(c)
  );
}

/** normaliseLabel written with regular expressions: the reference the fast one is tested against. */
export function normaliseLabelSlow(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .toLowerCase()
    .replace(QUOTES, '')
    .replace(DASHES, '-')
    .replace(LABEL_PUNCT, ' ')
    .replace(WS, ' ')
    .trim();
}

/** Number of words in a normalised text. */
export function wordCount(norm: string): number {
  if (!norm) return 0;
  let n = 1;
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 32) n++;
  return n;
}

/** The first `n` words of a normalised text (the whole text when it has fewer). */
export function firstWords(norm: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = norm.indexOf(' ', at + 1);
    if (at < 0) return norm;
  }
  return norm.slice(0, at);
}

/** The quote characters normaliseLabel removes (QUOTES). */
export function isQuote(c: number): boolean {
  return (
    c === 39 ||
    c === 34 ||
    c === 96 ||
    c === 0xb4 ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2032 ||
    c === 0x2033
  );
}

/** A text with any character that is not whitespace. */
export function hasText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return true;
  return false;
}

export type LabelMatch = 'exact' | 'prefix' | null;

/**
 * Does a page text match a label? Both normalised (see the policy at the top of this file).
 */
export function matchLabel(textNorm: string, labelNorm: string): LabelMatch {
  if (!labelNorm) return null;
  if (textNorm === labelNorm) return 'exact';
  if (
    textNorm.length > labelNorm.length &&
    textNorm.charCodeAt(labelNorm.length) === 32 &&
    textNorm.startsWith(labelNorm) &&
    wordCount(labelNorm) >= PREFIX_MIN_WORDS
  ) {
    return 'prefix';
  }
  return null;
}

const LABEL_END = /[:*]/;
const LETTER = /[A-Za-z]/;

/**
 * Split `Label: value` (or `Label* value`, a required marker) written in one piece. Returns null
 * when the text has neither, or nothing before it. The label part is returned as shown.
 */
export function splitLabelValue(text: string): { label: string; value: string } | null {
  const label = labelBeforeValue(text);
  if (label === null) return null;
  const value = text.slice(label.length + 1).replace(/^[\s*:]+/, '');
  return { label, value };
}

/**
 * The label part of splitLabelValue, without cutting out the value (null where it gives null).
 * Whitespace does not move the first `:` or `*`, so the label of a raw text and of its cleanText
 * normalise alike.
 */
export function labelBeforeValue(text: string): string | null {
  const at = text.search(LABEL_END);
  if (at <= 0) return null;
  const label = text.slice(0, at);
  return LETTER.test(label) ? label : null;
}
