/**
 * Option texts of the page's lists and choices: a placeholder ("-- Please Select --") is no
 * answer, an option is spelt as forms.md spells it where it can be, and two texts say the same
 * option when they normalise alike (text.ts).
 */
import { cleanText, displayLabel, normaliseLabel } from './text';

const PLACEHOLDER_EDGES = /^[-–—=_.…\s<>[\]()]+|[-–—=_.…\s<>[\]()]+$/g;
const PLACEHOLDER_WORDS =
  /^(?:please\s+)?(?:select|choose|pick)\b|^(?:none|nothing|no)\s+selected$|^not\s+selected$/i;

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
  let byNorm = knownCache.get(known);
  if (!byNorm) {
    byNorm = new Map(known.map((k) => [normaliseLabel(k), k]));
    knownCache.set(known, byNorm);
  }
  return byNorm.get(normaliseLabel(clean)) ?? clean;
}

const knownCache = new WeakMap<readonly string[], Map<string, string>>();

/** Do two texts say the same option (normalised comparison)? */
export function sameOption(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return false;
  return normaliseLabel(a) === normaliseLabel(b);
}
