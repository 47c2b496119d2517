/**
 * Results several rules need (the eligibility decisions, the budget, the next actions), worked
 * out on first use and then kept by the object that holds them. runRules makes one for each run,
 * so they are worked out once per run, never once per rule; nothing outlives the run, so a
 * snapshot changed between runs is never answered from stale results.
 */
import {
  decideForm,
  decideStatutory,
  eligibilityFacts,
  type Decision,
  type FormDecision,
  type StatutoryResult,
} from '../../eligibility';
import { budgetPence, type BudgetPence } from '../../budget';
import type { PageSnapshot } from '../../page/snapshot';
import type { Settings } from '../../settings/schema';
import { nextActions, type ActionRow } from './actions';

export interface SharedResults {
  formDecision(): Decision<FormDecision>;
  statutoryTest(): Decision<StatutoryResult>;
  budget(): BudgetPence;
  /** The next actions, or undefined when the page's next actions were not found. */
  nextActions(): ActionRow[] | undefined;
}

/** A function that computes its value on the first call and returns that value from then on. */
function once<T>(compute: () => T): () => T {
  let computed = false;
  let value: T;
  return () => {
    if (!computed) {
      value = compute();
      computed = true;
    }
    return value;
  };
}

/** The shared results for this snapshot and these settings, each computed when first asked for. */
export function sharedResults(s: PageSnapshot, settings: Settings): SharedResults {
  const facts = once(() => eligibilityFacts(s));
  return {
    formDecision: once(() => decideForm(facts())),
    statutoryTest: once(() => decideStatutory(facts())),
    budget: once(() => budgetPence(s, settings)),
    nextActions: once(() => nextActions(s)),
  };
}
