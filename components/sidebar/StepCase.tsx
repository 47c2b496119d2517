/**
 * The case panel on a Carers Conversation or Carers Review (forms.md: by default also a carer's
 * assessment or Carers Review step): the case type from the council's step names, the page's
 * date stamp, and what the page's reading says when the worker finishes (a support plan row, a
 * Brokerage next action).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { tabName, type PageKind } from '@/lib/page/kinds';
import { caseKindOfStep, stepList } from '@/lib/steps/names';
import { allocationFromStamps, type StampLabel } from '@/lib/steps/stamps';
import type { Checker } from '@/entrypoints/sidebar/checker';
import type { StepButtons } from '@/entrypoints/sidebar/step-buttons';
import { CasePanel, type PageFacts } from './CasePanel';

function filled(cells: Record<string, string>): boolean {
  return Object.values(cells).some((v) => v.trim() !== '');
}

export function StepCase({
  kind,
  personId,
  personName,
  checker,
  doc,
  buttons,
}: {
  kind: PageKind;
  personId: string;
  personName: string;
  checker: Checker;
  doc: Document;
  buttons: StepButtons;
}) {
  const stepNames = checker.getSettings().stepNames;
  // The step is named as its form's tab is: Carers Conversation, Carers Review.
  const stepName = tabName(kind, 'form');
  const caseKind = useMemo(
    () => (stepName ? caseKindOfStep(stepList(stepNames), stepName) : null),
    [stepName, stepNames],
  );
  // The page's date stamp, from its text as shown. Read once the sidebar has been drawn: reading
  // the text lays the page out, and that is not added to the task that draws the first findings.
  const [stamp, setStamp] = useState<{ date: string; label: StampLabel } | null | undefined>();
  useEffect(() => {
    const read = setTimeout(() => setStamp(allocationFromStamps(doc.body?.innerText ?? '')), 0);
    return () => clearTimeout(read);
  }, [doc]);
  const facts = useCallback((): PageFacts => {
    checker.flush();
    const fields = checker.reading?.snapshot.fields;
    return {
      supportPlanRow: (fields?.supportPlan?.rows ?? []).some((r) => filled(r.cells)),
      brokerageAction: (fields?.nextActions?.rows ?? []).some(
        (r) => (r.cells.action ?? '').trim().toLowerCase() === 'brokerage',
      ),
    };
  }, [checker]);
  if (!caseKind || !stepName || stamp === undefined) return null;
  return (
    <CasePanel
      personId={personId}
      personName={personName}
      caseKind={caseKind}
      stepName={stepName}
      carersStep
      stamp={stamp}
      doc={doc}
      buttons={buttons}
      facts={facts}
    />
  );
}
