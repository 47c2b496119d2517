/** The sidebar's panels besides the error summary: eligibility, budget, progress, pre-flight. */
import type { ReactNode } from 'react';
import type { BudgetSummary } from '@/lib/budget';
import type { FormDecision, StatutoryResult } from '@/lib/eligibility';
import { money, plainAmount } from '@/lib/sidebar/format';
import type { SectionProgress, SidebarView, ViewFinding } from '@/lib/sidebar/view';

const FORM_WORDS: Record<FormDecision, string> = {
  eligible: 'Eligibility indicated',
  'not-eligible': 'Eligibility not indicated',
  incomplete: 'Not known yet: an answer it needs is missing',
};

const STATUTORY_WORDS: Record<StatutoryResult, string> = {
  met: 'The statutory test may be met',
  'not-met': 'The statutory test does not appear to be met',
  incomplete: 'Not known yet: an answer it needs is missing',
};

function Reasons({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="mc-reasons">
      {reasons.map((r, i) => (
        <li key={i}>{r}</li>
      ))}
    </ul>
  );
}

export function EligibilityPanel({
  eligibility,
}: {
  eligibility: NonNullable<SidebarView['eligibility']>;
}) {
  const { form, statutory } = eligibility;
  return (
    <section
      className="mc-panelbox"
      data-testid="mc-eligibility"
      data-form-decision={form.result}
      data-statutory={statutory.result}
      aria-labelledby="mc-elig-title"
    >
      <h3 id="mc-elig-title">Eligibility</h3>
      <h4>The form’s decision</h4>
      <p className="mc-decision">{FORM_WORDS[form.result]}</p>
      <Reasons reasons={form.reasons} />
      <h4>The statutory test (advice)</h4>
      <p className="mc-decision">{STATUTORY_WORDS[statutory.result]}</p>
      <Reasons reasons={statutory.reasons} />
      <p className="mc-hint">
        This is advice to help you think about regulation 3 of the Care and Support (Eligibility
        Criteria) Regulations 2015, not a decision. If it differs from the form’s decision, record
        the impact in Section 3 and discuss it with your manager.
      </p>
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function BudgetPanel({ budget, isExample }: { budget: BudgetSummary; isExample: boolean }) {
  const b = budget;
  return (
    <section
      className="mc-panelbox"
      data-testid="mc-budget"
      data-suggested={plainAmount(b.suggested)}
      data-shown={plainAmount(b.shown)}
      data-costs={plainAmount(b.costs)}
      aria-labelledby="mc-budget-title"
    >
      <h3 id="mc-budget-title">Budget</h3>
      <dl>
        <Row term="Suggested by the council’s table">
          {b.suggested === null ? 'Not known yet' : money(b.suggested)}
        </Row>
        <Row term="Suggested budget on the page">
          {b.shown === null ? 'None shown' : money(b.shown)}
        </Row>
        <Row term="Support plan costs">{money(b.costs)}</Row>
        {b.left !== null && (
          <Row term={b.left < 0 ? 'Over the suggested budget by' : 'Left of the suggested budget'}>
            {money(Math.abs(b.left))}
          </Row>
        )}
      </dl>
      {b.suggested === null && (
        <p className="mc-hint">
          Choose the level of the caring role and the impact on wellbeing to see the suggested
          budget.
        </p>
      )}
      {b.level !== null && b.impact !== null && (
        <p className="mc-hint">
          From the table for a level {b.level} caring role and impact level {b.impact}.
        </p>
      )}
      {b.invalidCosts > 0 && (
        <p className="mc-error-text">
          {b.invalidCosts === 1 ? '1 cost is' : `${b.invalidCosts} costs are`} not an amount of
          money and left out.
        </p>
      )}
      {isExample && (
        <p className="mc-inset">
          These figures come from an example table, not your council’s. Ask your administrator to
          set the council’s table in the extension’s settings.
        </p>
      )}
    </section>
  );
}

export function ProgressPanel({ progress }: { progress: SectionProgress[] }) {
  if (progress.length === 0) return null;
  return (
    <section className="mc-panelbox" aria-labelledby="mc-progress-title" data-testid="mc-progress">
      <h3 id="mc-progress-title">Progress</h3>
      <ul className="mc-progress">
        {progress.map((p) => (
          <li key={p.key} data-section={p.key} data-answered={p.answered} data-total={p.total}>
            {p.tab && p.title !== p.tab ? `${p.tab}: ` : ''}
            {p.title}: {p.answered} of {p.total} mandatory questions answered
            <span className="mc-bar" aria-hidden="true">
              <span style={{ width: `${Math.round((100 * p.answered) / p.total)}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const PREFLIGHT_RULES = [
  'wf.carer-group-missing',
  'wf.carer-group-not-primary',
  'wf.employment-status-missing',
];

const PREFLIGHT_STEPS: Array<{ rule: string; field: string; done: string }> = [
  {
    rule: 'wf.carer-group-missing',
    field: 'serviceUserGroups',
    done: 'The Carer service user group is on the carer’s record.',
  },
  {
    rule: 'wf.carer-group-not-primary',
    field: 'serviceUserGroups',
    done: 'Carer is the primary service user group.',
  },
  {
    rule: 'wf.employment-status-missing',
    field: 'employmentStatus',
    done: 'Employment status is recorded.',
  },
];

/** Person summary: the guide's step 1 before starting a Carers Conversation. */
export function PreflightPanel({
  findings,
  render,
  reviewWaiting,
}: {
  reviewWaiting: boolean;
  findings: ViewFinding[];
  render: (f: ViewFinding, index: number) => ReactNode;
}) {
  const missing = findings.some((f) => f.ruleId === 'wf.carer-group-missing');
  return (
    <section
      className="mc-panelbox"
      data-testid="mc-preflight"
      aria-labelledby="mc-preflight-title"
    >
      <h3 id="mc-preflight-title">Before you start a Carers Conversation</h3>
      <ol className="mc-preflight">
        {PREFLIGHT_STEPS.map((step, i) => {
          const found = findings.filter((f) => f.ruleId === step.rule);
          if (found.length > 0) return found.map((f, j) => render(f, i * 10 + j));
          if (findings.some((f) => f.ruleId === 'page.field-not-found' && f.field === step.field))
            return (
              <li key={step.rule} className="mc-hint">
                Not checked: this part of the person summary could not be found.
              </li>
            );
          if (step.rule === 'wf.carer-group-not-primary' && missing)
            return (
              <li key={step.rule} className="mc-hint">
                Once Carer is added, make it the primary service user group.
              </li>
            );
          return (
            <li key={step.rule}>
              <span className="mc-done">Done:</span> {step.done}
            </li>
          );
        })}
      </ol>
      {reviewWaiting ? (
        <p className="mc-inset">
          A Carers Review is waiting for this carer in your checklist. Please do not start a new
          Carers Conversation from ‘Start’, as this would create duplication: complete the Carers
          Review instead.
        </p>
      ) : (
        findings.every((f) => !PREFLIGHT_RULES.includes(f.ruleId)) && (
          <p className="mc-hint">
            When these are done, start the Carers Conversation from ‘Start’, then ‘New’.
          </p>
        )
      )}
    </section>
  );
}
