/**
 * The sidebar on a casework step that has no form checks (page kind `work-step`): only the case
 * panel. It starts as a small tab unless the case has something overdue or due today, and the
 * keyboard shortcut opens and closes it as it does the full sidebar.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PanelCase } from '@/lib/db/steps';
import type { StepDetection } from '@/lib/page/detect-step';
import type { StampLabel } from '@/lib/steps/stamps';
import { CasePanel, CASE_WORDS, type PageFacts } from './CasePanel';
import { SidebarHeader } from './SidebarHeader';
import type { Prefs } from '@/entrypoints/sidebar/prefs';
import { watchPageDialog } from '@/entrypoints/sidebar/page-dialog';
import { showsBrokerageAction } from '@/entrypoints/sidebar/step-actions';
import type { StepButtons } from '@/entrypoints/sidebar/step-buttons';

export interface StepAppProps {
  detected: StepDetection;
  doc: Document;
  host: HTMLElement;
  prefs: Prefs;
  cases: PanelCase[] | null;
  stamp: { date: string; label: StampLabel } | null;
  /** Fires 'toggle' for the keyboard shortcut. */
  bus: EventTarget;
  /** The page's Finish and Save, listened to (step-buttons.ts). */
  buttons: StepButtons;
}

/** Open at once only when the case needs doing today. */
export function startsOpen(cases: PanelCase[] | null, kind: StepDetection['caseKind']): boolean {
  const c = cases?.find((x) => x.kind === kind);
  return c?.status === 'overdue' || c?.status === 'due-today';
}

export function StepApp({ detected, doc, host, prefs, cases, stamp, bus, buttons }: StepAppProps) {
  const [collapsed, setCollapsed] = useState(() => !startsOpen(cases, detected.caseKind));
  const [hidden, setHidden] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  const tracked = cases?.find((c) => c.kind === detected.caseKind) ?? null;
  // Behind a dialog of the page's own, as the full sidebar goes; and the page's Finish and Save
  // found again as it changes.
  const [behind, setBehind] = useState(false);
  useEffect(
    () =>
      watchPageDialog(doc, host, (open) => {
        setBehind(open);
        buttons.refresh();
      }),
    [doc, host, buttons],
  );

  const expand = useCallback(() => {
    setHidden(false);
    setCollapsed(false);
    requestAnimationFrame(() => headingRef.current?.focus());
  }, []);

  useEffect(() => {
    const onToggle = () => {
      if (!hidden && !collapsed) setHidden(true);
      else expand();
    };
    bus.addEventListener('toggle', onToggle);
    return () => bus.removeEventListener('toggle', onToggle);
  }, [bus, hidden, collapsed, expand]);

  const facts = useCallback(
    (): PageFacts => ({ brokerageAction: showsBrokerageAction(doc, host), supportPlanRow: false }),
    [doc, host],
  );
  const onOffer = useCallback(() => {
    setHidden(false);
    setCollapsed(false);
  }, []);

  const tabWords = tracked
    ? tracked.status === 'overdue'
      ? 'overdue'
      : tracked.status === 'due-today'
        ? 'due today'
        : 'tracked'
    : 'not tracked';

  return (
    <aside
      className={`mc-root${prefs.dock === 'left' ? ' mc-left' : ''}${collapsed ? ' mc-collapsed' : ''}${behind ? ' mc-behind' : ''}`}
      data-testid="mc-sidebar"
      data-page-kind="work-step"
      data-person-id={detected.personId}
      data-state="ready"
      data-errors={0}
      data-warnings={0}
      aria-label="Mosaic Companion"
      hidden={hidden}
    >
      {collapsed && (
        <button
          type="button"
          ref={tabRef}
          className="mc-tabbtn"
          aria-expanded="false"
          aria-controls="mc-panel"
          onClick={expand}
        >
          Mosaic Companion
          <span className="mc-tabcount">
            <span className="mc-visually-hidden">: </span>
            {tabWords}
          </span>
        </button>
      )}
      <div className="mc-panel" id="mc-panel" hidden={collapsed}>
        <SidebarHeader
          headingRef={headingRef}
          title={`${detected.stepName}: ${detected.personName} (${detected.personId})`}
          dock={prefs.dock}
          onCollapse={() => {
            setCollapsed(true);
            requestAnimationFrame(() => tabRef.current?.focus());
          }}
        />
        <div className="mc-body">
          <CasePanel
            personId={detected.personId}
            personName={detected.personName}
            caseKind={detected.caseKind}
            stepName={detected.stepName}
            carersStep={false}
            stamp={stamp}
            doc={doc}
            buttons={buttons}
            facts={facts}
            initialCases={cases}
            onOffer={onOffer}
          />
          <p className="mc-hint">
            {CASE_WORDS[detected.caseKind]} step: no form checks run here, only its deadlines.
          </p>
        </div>
      </div>
    </aside>
  );
}
