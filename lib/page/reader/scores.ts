/**
 * When a field's label is on the page more than once, the place read is the one that scores
 * highest (the first of equals, in document order). The weights, in one place:
 * the match's quality first, then whether the place has an answer, then whether the answer sits
 * in the label's own row, definition or `Label: value`.
 */
import type { QMatch, Resolved } from './context';

export const MATCH_QUALITY: Record<QMatch['quality'], number> = {
  exact: 40,
  colon: 30,
  prefix: 20,
};
/** the question has controls */
export const HAS_CONTROLS = 5;
/** the question has a value shown as text */
export const HAS_VALUE = 3;
/** the value is in the label's own row, definition or `Label: value` */
export const IN_OWN_ROW = 1;
/** An exact label with its controls: no other place can do better, so the search stops. */
export const UNBEATABLE = MATCH_QUALITY.exact + HAS_CONTROLS;

export function placeScore(m: QMatch, r: Resolved): number {
  const answer = r.ctls.length > 0 ? HAS_CONTROLS : r.value != null ? HAS_VALUE : 0;
  return MATCH_QUALITY[m.quality] + answer + (r.tight ? IN_OWN_ROW : 0);
}
