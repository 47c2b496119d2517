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
const TRAILING_REQUIRED = /(?:\s*\*)+\s*$/;

/** Collapse whitespace (including non-breaking spaces) into single spaces and trim. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(WS, ' ').trim();
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
  return cleanText(cleanText(s).replace(TRAILING_REQUIRED, ''));
}

/**
 * The comparison form of a label or option text: lower case, quotes removed, dashes unified,
 * `? * : . ! ; ,` turned into spaces, whitespace collapsed and trimmed.
 * "Does your GP know you are a carer?*" → "does your gp know you are a carer".
 */
export function normaliseLabel(s: string | null | undefined): string {
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
  const at = text.search(LABEL_END);
  if (at <= 0) return null;
  const label = text.slice(0, at);
  if (!LETTER.test(label)) return null;
  const value = text.slice(at + 1).replace(/^[\s*:]+/, '');
  return { label, value };
}

const PLACEHOLDER_EDGES = /^[-–—=_.…\s<>[\]()]+|[-–—=_.…\s<>[\]()]+$/g;
const PLACEHOLDER_WORDS = /^(?:please\s+)?(?:select|choose|pick)\b|^(?:none|nothing|no)\s+selected$|^not\s+selected$/i;

/**
 * Is this option text a placeholder rather than an answer? `-- Please Select --`, `Please select`,
 * `Select...`, `-- Choose --`, `--`, an empty option.
 */
export function isPlaceholderOption(text: string | null | undefined): boolean {
  const core = cleanText(text).replace(PLACEHOLDER_EDGES, '');
  return core === '' || PLACEHOLDER_WORDS.test(core);
}

/**
 * The canonical spelling of an option: when the page's text matches one of `known` after
 * normalisation, that known text (forms.md's wording); otherwise the page's text, cleaned.
 * Rules can then compare with fields.ts's constants ("No", "2. Moderate (more than 10/…)").
 */
export function canonicalOption(text: string, known: readonly string[] | undefined): string {
  const clean = displayLabel(text);
  if (!known || known.length === 0) return clean;
  const norm = normaliseLabel(clean);
  for (const k of known) if (normaliseLabel(k) === norm) return k;
  return clean;
}

/** Do two texts say the same option (normalised comparison)? */
export function sameOption(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return false;
  return normaliseLabel(a) === normaliseLabel(b);
}
