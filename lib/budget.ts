/** The suggested budget from the council table, and the support plan costs. */
import type { PageSnapshot } from './page/snapshot';
import type { Settings } from './settings/schema';

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
  /** How many costs could not be read as money. */
  invalidCosts: number;
  /** suggested − costs, or null without a suggested amount. */
  left: number | null;
}

/** Money as people type it: `600`, `£600`, `600.00`, `1,200`. Null when blank, 'invalid' otherwise. */
export function parseMoney(_text: string | null): number | null | 'invalid' {
  return null;
}

export function budgetSummary(_s: PageSnapshot, _settings: Settings): BudgetSummary {
  return { level: null, impact: null, suggested: null, shown: null, costs: 0, invalidCosts: 0, left: null };
}
