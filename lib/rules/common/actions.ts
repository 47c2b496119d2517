/** The next actions added to a step, each classified by its action. */
import { ACTIONS } from '../../page/fields';
import type { PageSnapshot, TableRow } from '../../page/snapshot';
import { chosenCell, tableRows } from '../../page/answers';
import { normaliseText } from '../../page/text';

export type ActionKind = 'review' | 'purchase' | 'nfa' | 'other';

export interface ActionRow {
  /** Index of the row in the page's table (0-based). */
  index: number;
  row: TableRow;
  kind: ActionKind;
}

const NFA = normaliseText(ACTIONS.nfa);
const PURCHASE = normaliseText(ACTIONS.purchase).replace(' (personal budget)', '');
const REVIEW = normaliseText(ACTIONS.review);
const APOSTROPHES = /[’']/g;

/** "No further action", "Purchase service (Personal Budget)", "Carer's Review": case does not matter. */
export function actionKind(text: string | null): ActionKind {
  if (text === null) return 'other';
  const n = normaliseText(text).replace(APOSTROPHES, '');
  if (n.startsWith(NFA)) return 'nfa';
  if (n.startsWith(PURCHASE)) return 'purchase';
  if (n.startsWith(REVIEW)) return 'review';
  return 'other';
}

/** The next actions, or undefined when the page's next actions were not found. */
export function nextActions(s: PageSnapshot): ActionRow[] | undefined {
  return tableRows(s, 'nextActions')?.map((row, index) => ({
    index,
    row,
    kind: actionKind(chosenCell(row, 'action')),
  }));
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof']);
const PARENTHESES = /\([^)]*\)/g;
const NOT_NAME = /[^\p{L}\s'-]+/gu;

function nameTokens(name: string): string[] {
  return normaliseText(name.replace(PARENTHESES, ' ').replace(NOT_NAME, ' '))
    .split(' ')
    .filter((t) => t !== '' && !TITLES.has(t));
}

/**
 * Whether two written names are the same person's: "Sam Worker", "WORKER, Sam" and "Ms Sam Worker"
 * are; a middle name present in one only is allowed when at least two names match.
 */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const set = new Set(large);
  if (!small.every((t) => set.has(t))) return false;
  return small.length === large.length || small.length >= 2;
}
