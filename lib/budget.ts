/** The suggested budget from the council table, and the support plan costs. */
import type { PageSnapshot, TableRow } from './page/snapshot';
import type { Settings } from './settings/schema';
import { parsePence, penceToPounds, poundsToPence } from './money';
import { answer, cell, foundField, fundsRequired, leadingLevel } from './page/answers';

export interface BudgetSummary {
  /** Level of the caring role and impact chosen (0-3), or null. */
  level: number | null;
  impact: number | null;
  /** The council table's amount for level × impact, or null while either is unchosen. */
  suggested: number | null;
  /** The amount the page shows as Suggested budget, or null when it shows none. */
  shown: number | null;
  /** Sum of the support plan's valid costs. */
  costs: number;
  /** How many costs are not a positive amount of money (each is an `s3.cost-invalid`). */
  invalidCosts: number;
  /** suggested − costs, or null without a suggested amount. */
  left: number | null;
}

/**
 * Money as people type it: `600`, `£600`, `600.00`, `1,200`, `£1,200.50`. Null when blank,
 * 'invalid' otherwise; zero is an amount (see lib/money.ts for exactly what is accepted).
 */
export function parseMoney(text: string | null): number | null | 'invalid' {
  const p = parsePence(text);
  return typeof p === 'number' ? penceToPounds(p) : p;
}

/** A support plan row's cost: none (blank), a positive amount in pence, or invalid (including £0). */
export type RowCost =
  { kind: 'none' } | { kind: 'amount'; pence: number } | { kind: 'invalid'; text: string };

export function rowCost(row: TableRow): RowCost {
  const text = cell(row, 'cost');
  const p = parsePence(text);
  if (p === null) return { kind: 'none' };
  if (p === 'invalid' || p <= 0) return { kind: 'invalid', text: text ?? '' };
  return { kind: 'amount', pence: p };
}

/** The same summary, in whole pence, for the rules. */
export interface BudgetPence {
  level: number | null;
  impact: number | null;
  suggested: number | null;
  shown: number | null;
  costs: number;
  invalidCosts: number;
  /** Per support plan row (same order as the page's rows). */
  rowCosts: RowCost[];
}

function tableAmount(
  settings: Settings,
  level: number | null,
  impact: number | null,
): number | null {
  if (level === null || impact === null) return null;
  const v = settings.budgetTable[level]?.[impact];
  return typeof v === 'number' && Number.isFinite(v) ? poundsToPence(v) : null;
}

export function budgetPence(s: PageSnapshot, settings: Settings): BudgetPence {
  const level = leadingLevel(answer(s, 'caringLevel'));
  const impact = leadingLevel(answer(s, 'wellbeingImpactLevel'));
  const suggested = tableAmount(settings, level, impact);

  // The page shows a suggested budget when the form opens it (funds required = Yes), or when
  // the reader saw it on screen; a stale value hidden behind "No" is not "shown".
  let shown: number | null = null;
  const sb = foundField(s, 'suggestedBudget');
  if (sb !== undefined && (sb.shown || fundsRequired(s) === true)) {
    const p = parsePence(answer(s, 'suggestedBudget'));
    shown = typeof p === 'number' ? p : null;
  }

  const rowCosts = (foundField(s, 'supportPlan')?.rows ?? []).map(rowCost);
  let costs = 0;
  let invalidCosts = 0;
  for (const c of rowCosts) {
    if (c.kind === 'amount') costs += c.pence;
    else if (c.kind === 'invalid') invalidCosts++;
  }
  return { level, impact, suggested, shown, costs, invalidCosts, rowCosts };
}

export function budgetSummary(s: PageSnapshot, settings: Settings): BudgetSummary {
  const b = budgetPence(s, settings);
  return {
    level: b.level,
    impact: b.impact,
    suggested: b.suggested === null ? null : penceToPounds(b.suggested),
    shown: b.shown === null ? null : penceToPounds(b.shown),
    costs: penceToPounds(b.costs),
    invalidCosts: b.invalidCosts,
    left: b.suggested === null ? null : penceToPounds(b.suggested - b.costs),
  };
}
