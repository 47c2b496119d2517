/** The registry of every rule of rules.md, and the runner. */
import { FIELDS } from '../page/fields';
import type { PageSnapshot } from '../page/snapshot';
import { toEnd } from '../page/reader/parts';
import { sharedResults } from './common/shared-results';
import { TAB_LAYOUT } from '../page/kinds';
import type { Finding, RuleContext, RuleDefinition, RunContext } from './types';

import s1PrepopulatedMissing from './s1.prepopulated-missing';
import s1ServiceUserGroupNotCarer from './s1.service-user-group-not-carer';
import s1AdultsCaredForMissing from './s1.adults-cared-for-missing';
import s1CaredForEmpty from './s1.cared-for-empty';
import s1CaredForCountMismatch from './s1.cared-for-count-mismatch';
import s1HoursMissing from './s1.hours-missing';
import s1GpKnowsMissing from './s1.gp-knows-missing';
import s1GpContactMissing from './s1.gp-contact-missing';
import s1CommunicationMissing from './s1.communication-missing';
import s1CommunicationDetailsMissing from './s1.communication-details-missing';
import s1PaymentMissing from './s1.payment-missing';
import s1PaymentDetailsMissing from './s1.payment-details-missing';
import s2ContactMethodMissing from './s2.contact-method-missing';
import s2ViewsMissing from './s2.views-missing';
import s2ViewsReasonMissing from './s2.views-reason-missing';
import s2ConversationTextMissing from './s2.conversation-text-missing';
import s2ReviewTextMissing from './s2.review-text-missing';
import s2PreviousOutcomesMetMissing from './s2.previous-outcomes-met-missing';
import s3OutcomeMissing from './s3.outcome-missing';
import s3ConditionalDetailsMissing from './s3.conditional-details-missing';
import s3HealthMissing from './s3.health-missing';
import s3WellbeingMissing from './s3.wellbeing-missing';
import s3WellbeingNoneConflict from './s3.wellbeing-none-conflict';
import s3WellbeingOtherMissing from './s3.wellbeing-other-missing';
import s3DecisionMismatch from './s3.decision-mismatch';
import s3StatutoryEligibility from './s3.statutory-eligibility';
import s3CaringLevelMissing from './s3.caring-level-missing';
import s3ImpactLevelMissing from './s3.impact-level-missing';
import s3CaringLevelHoursMismatch from './s3.caring-level-hours-mismatch';
import s3ImpactLevelMismatch from './s3.impact-level-mismatch';
import s3FundsNotEligible from './s3.funds-not-eligible';
import s3SuggestedBudgetMismatch from './s3.suggested-budget-mismatch';
import s3SupportPlanMissing from './s3.support-plan-missing';
import s3SupportPlanRowIncomplete from './s3.support-plan-row-incomplete';
import s3CostWithoutFunds from './s3.cost-without-funds';
import s3FundsWithoutCost from './s3.funds-without-cost';
import s3CostsOverBudget from './s3.costs-over-budget';
import s3CostInvalid from './s3.cost-invalid';
import pdAnswerMissing from './pd.answer-missing';
import pdSelfDescribeMissing from './pd.self-describe-missing';
import actNone from './act.none';
import actNfaReasonMissing from './act.nfa-reason-missing';
import actNfaOtherNoteMissing from './act.nfa-other-note-missing';
import actNfaConflict from './act.nfa-conflict';
import actBudgetNeedsPurchase from './act.budget-needs-purchase';
import actBudgetNeedsReview from './act.budget-needs-review';
import actPurchaseNotSelf from './act.purchase-not-self';
import actPurchaseWithoutFunds from './act.purchase-without-funds';
import actReviewTeamMissing from './act.review-team-missing';
import actReviewDateOff from './act.review-date-off';
import wfDuplicateConversation from './wf.duplicate-conversation';
import wfCarerGroupMissing from './wf.carer-group-missing';
import wfCarerGroupNotPrimary from './wf.carer-group-not-primary';
import wfEmploymentStatusMissing from './wf.employment-status-missing';
import pageFieldNotFound from './page.field-not-found';

export type { Finding, RuleContext, RuleDefinition, RunContext } from './types';
export { tabsNotChecked } from './page.field-not-found';

/** Every rule, in the order of rules.md. */
export const RULES: RuleDefinition[] = [
  s1PrepopulatedMissing,
  s1ServiceUserGroupNotCarer,
  s1AdultsCaredForMissing,
  s1CaredForEmpty,
  s1CaredForCountMismatch,
  s1HoursMissing,
  s1GpKnowsMissing,
  s1GpContactMissing,
  s1CommunicationMissing,
  s1CommunicationDetailsMissing,
  s1PaymentMissing,
  s1PaymentDetailsMissing,
  s2ContactMethodMissing,
  s2ViewsMissing,
  s2ViewsReasonMissing,
  s2ConversationTextMissing,
  s2ReviewTextMissing,
  s2PreviousOutcomesMetMissing,
  s3OutcomeMissing,
  s3ConditionalDetailsMissing,
  s3HealthMissing,
  s3WellbeingMissing,
  s3WellbeingNoneConflict,
  s3WellbeingOtherMissing,
  s3DecisionMismatch,
  s3StatutoryEligibility,
  s3CaringLevelMissing,
  s3ImpactLevelMissing,
  s3CaringLevelHoursMismatch,
  s3ImpactLevelMismatch,
  s3FundsNotEligible,
  s3SuggestedBudgetMismatch,
  s3SupportPlanMissing,
  s3SupportPlanRowIncomplete,
  s3CostWithoutFunds,
  s3FundsWithoutCost,
  s3CostsOverBudget,
  s3CostInvalid,
  pdAnswerMissing,
  pdSelfDescribeMissing,
  actNone,
  actNfaReasonMissing,
  actNfaOtherNoteMissing,
  actNfaConflict,
  actBudgetNeedsPurchase,
  actBudgetNeedsReview,
  actPurchaseNotSelf,
  actPurchaseWithoutFunds,
  actReviewTeamMissing,
  actReviewDateOff,
  wfDuplicateConversation,
  wfCarerGroupMissing,
  wfCarerGroupNotPrimary,
  wfEmploymentStatusMissing,
  pageFieldNotFound,
];

const FIELD_INDEX = new Map(FIELDS.map((f, i) => [f.id, i]));
const FIELD_DEF = new Map(FIELDS.map((f) => [f.id, f]));

interface Keyed {
  finding: Finding;
  tab: number;
  section: number;
  field: number;
  row: number;
}

/** Where a finding sits in the form: tab, then section, then field order of fields.ts, then row. */
function position(s: PageSnapshot, f: Finding): Omit<Keyed, 'finding'> {
  const layout = s.kind === null ? [] : TAB_LAYOUT[s.kind];
  const row = f.row ?? -1;
  if (f.field === null) {
    // A whole tab: before that tab's fields. Anything else about the page: first.
    const tab = f.tab ? layout.findIndex((t) => t.name === f.tab) : -1;
    return { tab, section: -1, field: -1, row };
  }
  const def = FIELD_DEF.get(f.field);
  if (def === undefined) return { tab: layout.length, section: 0, field: FIELDS.length, row };
  const tab = layout.findIndex((t) => t.role === def.tab);
  // The person summary has no sections (employmentStatus's section is the step form's).
  const section = s.kind === 'person-summary' ? 0 : (def.section ?? 0);
  return { tab: tab < 0 ? 0 : tab, section, field: FIELD_INDEX.get(f.field) ?? FIELDS.length, row };
}

/** What one run's rules are given: the context, and results they share, made for this snapshot. */
export function runContext(snapshot: PageSnapshot, ctx: RuleContext): RunContext {
  return { ...ctx, shared: sharedResults(snapshot, ctx.settings) };
}

/** Every finding for this page, in form order, with the settings' switches and severities applied. */
export function runRules(snapshot: PageSnapshot, ctx: RuleContext): Finding[] {
  return toEnd(runRulesInParts(snapshot, ctx));
}

/** The same, in parts (lib/page/reader/parts.ts): a pause after each rule. */
export function* runRulesInParts(
  snapshot: PageSnapshot,
  ctx: RuleContext,
): Generator<void, Finding[]> {
  const kind = snapshot.kind;
  if (kind === null) return [];
  const overrides = ctx.settings.rules;
  const keyed: Keyed[] = [];
  const run = runContext(snapshot, ctx);
  for (const rule of RULES) {
    if (!rule.pages.includes(kind)) continue;
    const o = overrides[rule.id];
    if (o !== undefined && o.enabled === false) continue;
    for (const d of rule.evaluate(snapshot, run)) {
      const finding: Finding = {
        ...d,
        ruleId: rule.id,
        severity: o?.severity ?? d.severity ?? rule.severity,
      };
      keyed.push({ finding, ...position(snapshot, finding) });
    }
    yield;
  }
  // Array.prototype.sort is stable: ties keep the order of RULES (rules.md's order).
  keyed.sort(
    (a, b) => a.tab - b.tab || a.section - b.section || a.field - b.field || a.row - b.row,
  );
  return keyed.map((k) => k.finding);
}
