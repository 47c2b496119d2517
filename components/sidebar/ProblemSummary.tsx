/**
 * The error summary of a checked step, in the manner of the GOV.UK Design System: whether there is
 * a problem, the counts in words, the tabs not checked yet, and the findings grouped by tab and
 * section, each a link to its question. On a person summary the checks before starting a Carers
 * Conversation are listed in a panel of their own (Panels.tsx), not here.
 */
import type { ReactNode, RefObject } from 'react';
import { countsInWords } from '@/lib/sidebar/format';
import type { SidebarView, TabGroup, ViewFinding } from '@/lib/sidebar/view';
import { FindingGroups } from './Findings';
import { PREFLIGHT_RULES } from './Panels';

export interface ProblemSummaryProps {
  view: SidebarView;
  /** The page is a person summary (its pre-flight checks are listed elsewhere). */
  isSummary: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onJump: (f: ViewFinding) => void;
  noticeFor: (f: ViewFinding) => ReactNode;
}

/** The groups with only the findings listed, and no empty section or group. */
function groupsOf(groups: TabGroup[], listed: ReadonlySet<ViewFinding>): TabGroup[] {
  return groups
    .map((g) => ({
      ...g,
      sections: g.sections
        .map((s) => ({ ...s, findings: s.findings.filter((f) => listed.has(f)) }))
        .filter((s) => s.findings.length > 0),
    }))
    .filter((g) => g.sections.length > 0);
}

export function ProblemSummary({
  view,
  isSummary,
  headingRef,
  onJump,
  noticeFor,
}: ProblemSummaryProps) {
  const listed = isSummary
    ? view.findings.filter((f) => !PREFLIGHT_RULES.includes(f.ruleId))
    : view.findings;
  const problems = listed.filter((f) => f.severity !== 'info').length;
  const count = (severity: ViewFinding['severity']) =>
    listed.filter((f) => f.severity === severity).length;
  const unchecked = view.uncheckedTabs;
  const one = unchecked.length === 1;
  return (
    <section
      hidden={view.problem !== null}
      className={problems > 0 ? 'mc-summary' : 'mc-summary mc-ok'}
      aria-labelledby="mc-summary-title"
      data-testid="mc-summary"
    >
      <h3 id="mc-summary-title" tabIndex={-1} ref={headingRef}>
        {problems > 0 ? 'There is a problem' : 'No problems found'}
      </h3>
      <p>
        {countsInWords(count('error'), count('warning'), count('info')).replace(
          /^no problems$/,
          'Nothing to fix on this page.',
        )}
      </p>
      {unchecked.length > 0 && (
        <p className="mc-hint">
          Not checked yet: the {unchecked.join(' and the ')} {one ? 'tab' : 'tabs'}. Open{' '}
          {one ? 'it' : 'them'} to check {one ? 'it' : 'them'}.
        </p>
      )}
      <FindingGroups
        groups={isSummary ? groupsOf(view.groups, new Set(listed)) : view.groups}
        onJump={onJump}
        noticeFor={noticeFor}
      />
    </section>
  );
}
