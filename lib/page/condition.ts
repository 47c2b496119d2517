/**
 * Whether a conditional question is open on the form (fields.ts `shownWhen`), judged from the
 * answers in a snapshot. One test for the reader (is a question that was not found expected?) and
 * the rules (is its absence explained?).
 */
import type { ShownWhen } from './fields';
import { sameOption } from './option-text';
import type { FieldSnapshot, PageSnapshot } from './snapshot';

/**
 * `open`: the parent question's answer opens it; `closed`: the parent is answered (or left blank)
 * otherwise; `unknown`: the parent question was not found.
 */
export function conditionState(s: PageSnapshot, when: ShownWhen): 'open' | 'closed' | 'unknown' {
  const parent = s.fields[when.field];
  if (!parent || !parent.found) return 'unknown';
  return opensWith(parent, when) ? 'open' : 'closed';
}

/** Does the parent question's answer (a field found) open the conditional question? */
export function opensWith(parent: FieldSnapshot, when: ShownWhen): boolean {
  return 'equals' in when
    ? sameOption(parent.value, when.equals)
    : parent.values.some((v) => sameOption(v, when.includes));
}
