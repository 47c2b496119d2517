/**
 * What the sidebar shows of a reading of the page (checker.ts): the rules run on it, then the
 * eligibility decision, the budget and the view built from them. In parts (a generator,
 * lib/page/reader/parts.ts): the rules one by one, then the rest; on a slow machine they are
 * spread over tasks.
 */
import type { budgetSummary } from '@/lib/budget';
import type { formDecision, statutoryTest } from '@/lib/eligibility';
import type { Detection } from '@/lib/page/detect';
import type { PageReading } from '@/lib/page/reader';
import type { PageSnapshot } from '@/lib/page/snapshot';
import type { runRulesInParts } from '@/lib/rules';
import type { Settings } from '@/lib/settings/schema';
import { buildView, type SidebarView } from '@/lib/sidebar/view';

/** The checks a view is built from (injectable for tests). */
export interface ViewChecks {
  runRulesInParts: typeof runRulesInParts;
  formDecision: typeof formDecision;
  statutoryTest: typeof statutoryTest;
  budgetSummary: typeof budgetSummary;
  today: () => string;
}

export interface ViewInputs {
  detected: Detection;
  settings: Settings;
  waitingReviews: string[];
  /** Whether a dialog of the page's own is open (the sidebar goes behind it). */
  pageDialogOpen: boolean;
}

function emptySnapshot(d: Detection): PageSnapshot {
  return {
    kind: d.kind,
    person: { id: d.personId, name: d.personName },
    worker: null,
    tabs: [],
    fields: {},
    notFound: [],
  };
}

/**
 * The view of the reading `read` gives, in parts: the rules, then the rest. A reading that
 * fails, or a check that throws, gives a view that says the page has not been checked.
 */
export function* viewOfReading(
  read: () => PageReading,
  checks: ViewChecks,
  { detected, settings, waitingReviews, pageDialogOpen }: ViewInputs,
): Generator<void, SidebarView> {
  const budgetIsExample = !settings.budgetTableIsCouncils;
  try {
    const s = read().snapshot;
    const rules = { settings, today: checks.today(), waitingReviews };
    const findings = yield* checks.runRulesInParts(s, rules);
    yield;
    const isStep = s.kind === 'carers-conversation' || s.kind === 'carers-review';
    return buildView({
      snapshot: s,
      findings,
      detected,
      eligibility: isStep
        ? { form: checks.formDecision(s), statutory: checks.statutoryTest(s) }
        : null,
      budget: isStep ? checks.budgetSummary(s, settings) : null,
      budgetIsExample,
      pageDialogOpen,
    });
  } catch (error) {
    return buildView({
      snapshot: emptySnapshot(detected),
      findings: [],
      detected,
      eligibility: null,
      budget: null,
      budgetIsExample,
      problem: error instanceof Error ? error.message : String(error),
      pageDialogOpen,
    });
  }
}
