/**
 * The sidebar: an error summary in the manner of the GOV.UK Design System, the eligibility
 * decisions, the budget and progress, beside a Mosaic step. It renders only when what it shows
 * changes (the checker's view), never takes focus or scrolls by itself, and only moves focus or
 * scrolls the page when the worker asks (a finding, the shortcut, the finish dialog).
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Detection } from '@/lib/page/detect';
import type { Checker } from '@/entrypoints/sidebar/checker';
import type { StepButtons } from '@/entrypoints/sidebar/step-buttons';
import { FindingItem } from './Findings';
import { FinishGuard } from './FinishGuard';
import { countsInWords } from '@/lib/sidebar/format';
import { targetOf } from '@/entrypoints/sidebar/jump';
import type { Overlay } from '@/entrypoints/sidebar/overlay';
import { isShown } from '@/lib/page/reader/visibility';
import { BudgetPanel, EligibilityPanel, PreflightPanel, ProgressPanel } from './Panels';
import { ProblemSummary } from './ProblemSummary';
import { savePrefs, type Prefs } from '@/entrypoints/sidebar/prefs';
import { SidebarHeader } from './SidebarHeader';
import { SidebarOptions } from './SidebarOptions';
import { StepCase } from './StepCase';
import { TeachContext, useTeach } from './Teach';
import { useJumpToQuestion } from './useJumpToQuestion';
import { useFinishGuard } from './useFinishGuard';
import { useCountsAnnouncement } from './useCountsAnnouncement';
import { useDisconnected } from './useDisconnected';
import { PanelGroup, usePanelsInFrames } from './usePanelsInFrames';

export interface AppProps {
  checker: Checker;
  detected: Detection;
  host: HTMLElement;
  doc: Document;
  initialPrefs: Prefs;
  /** Fires 'toggle' for the keyboard shortcut. */
  bus: EventTarget;
  overlay: Overlay;
  /** The page's Finish and Save, listened to (step-buttons.ts). */
  buttons: StepButtons;
  /** Describes the page's structure for a support request, when available. */
  describe?: (doc: Document) => string;
  /** The worker's checklist has a Carers Review waiting for this person. */
  reviewWaiting?: boolean;
}

/**
 * The groups drawn and shown one frame after another on the first drawing (usePanelsInFrames.tsx):
 * the problem summary, the eligibility, the budget, the progress, the case, the options.
 */
const PANEL_GROUPS = 6;

const PAGE_KIND_WORDS: Record<string, string> = {
  'person-summary': 'Person summary',
  'carers-conversation': 'Carers Conversation',
  'carers-review': 'Carers Review',
};

export function App({
  checker,
  detected,
  host,
  doc,
  initialPrefs,
  bus,
  overlay,
  buttons,
  describe,
  reviewWaiting = false,
}: AppProps) {
  const view = useSyncExternalStore(checker.subscribe, checker.getShown);
  const [prefs, setPrefs] = useState(initialPrefs);
  const [hidden, setHidden] = useState(false);
  const announcement = useCountsAnnouncement(view);
  const disconnected = useDisconnected();
  const { steps, firstShown } = usePanelsInFrames(checker, view, PANEL_GROUPS);
  const rootRef = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const teach = useTeach({
    checker,
    doc,
    host,
    overlay,
    pageKind: detected.kind,
    fallbackFocus: () => summaryRef.current ?? headingRef.current,
    shown: !hidden && !prefs.collapsed,
  });

  const setRoot = useCallback(
    (el: HTMLElement | null) => {
      rootRef.current = el;
      checker.setStateElement(el);
    },
    [checker],
  );

  const updatePrefs = useCallback((change: Partial<Prefs>) => {
    setPrefs((p) => {
      const next = { ...p, ...change };
      void savePrefs(next);
      return next;
    });
  }, []);

  // ---- outlines on the page's questions with errors -------------------------------------------
  useEffect(() => {
    const reading = checker.reading;
    if (!prefs.outline || !view || !reading || hidden) {
      overlay.setOutlines([]);
      return;
    }
    const groups: Element[][] = [];
    for (const f of view.findings) {
      if (f.severity !== 'error') continue;
      const t = targetOf(f, reading);
      if (t.control && isShown(t.control)) groups.push([t.control]);
    }
    overlay.setOutlines(groups);
  }, [view, prefs.outline, hidden, checker, overlay]);

  // ---- the keyboard shortcut ---------------------------------------------------------------
  // Listened to again as soon as the sidebar is drawn (a layout effect, not one after the next
  // frame): a second press that comes quickly, on a busy laptop, sees that the first was taken.
  useLayoutEffect(() => {
    const onToggle = () => {
      const active = doc.activeElement;
      const inside = active === host;
      if (!hidden && !prefs.collapsed) {
        setHidden(true);
        if (inside && returnFocus.current?.isConnected)
          returnFocus.current.focus({ preventScroll: true });
      } else {
        returnFocus.current = !inside && active instanceof HTMLElement ? active : null;
        setHidden(false);
        if (prefs.collapsed) updatePrefs({ collapsed: false });
        // The worker asked for the sidebar: take them to it.
        requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
      }
    };
    bus.addEventListener('toggle', onToggle);
    return () => bus.removeEventListener('toggle', onToggle);
  }, [bus, doc, host, hidden, prefs.collapsed, updatePrefs]);

  // ---- the finish guard ------------------------------------------------------------------------
  const { guard, finishAnyway, closeGuard } = useFinishGuard({
    checker,
    detected,
    buttons,
    rootRef,
  });

  const goBack = () => {
    closeGuard();
    setHidden(false);
    if (prefs.collapsed) updatePrefs({ collapsed: false });
    requestAnimationFrame(() => (summaryRef.current ?? headingRef.current)?.focus());
  };

  // ---- jumping to a question ---------------------------------------------------------------
  const { jump, noticeFor } = useJumpToQuestion({ checker, doc, host, overlay });

  // ---- render ----------------------------------------------------------------------------------
  const kind = view?.kind ?? detected.kind;
  const personName = view?.personName ?? detected.personName;
  const personId = view?.personId ?? detected.personId;
  const errors = view?.errors ?? 0;
  const warnings = view?.warnings ?? 0;
  const rootClass = [
    'mc-root',
    prefs.dock === 'left' ? 'mc-left' : '',
    prefs.collapsed ? 'mc-collapsed' : '',
    view?.pageDialogOpen ? 'mc-behind' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const isSummary = kind === 'person-summary';

  return (
    <TeachContext value={teach.start}>
      <aside
        ref={setRoot}
        className={rootClass}
        data-testid="mc-sidebar"
        data-page-kind={kind}
        data-person-id={personId}
        data-errors={errors}
        data-warnings={warnings}
        data-mode={teach.mode}
        aria-label="Mosaic Companion"
        hidden={hidden}
      >
        {prefs.collapsed ? (
          <button
            type="button"
            className="mc-tabbtn"
            aria-expanded="false"
            aria-controls="mc-panel"
            onClick={() => {
              updatePrefs({ collapsed: false });
              requestAnimationFrame(() => headingRef.current?.focus());
            }}
          >
            Mosaic Companion
            <span className="mc-tabcount">
              <span className="mc-visually-hidden">: </span>
              {countsInWords(errors, warnings, 0)}
            </span>
          </button>
        ) : (
          <div className="mc-panel" id="mc-panel">
            <SidebarHeader
              headingRef={headingRef}
              title={`${PAGE_KIND_WORDS[kind] ?? ''}: ${personName} (${personId})`}
              dock={prefs.dock}
              onDock={(dock) => updatePrefs({ dock })}
              onCollapse={() => updatePrefs({ collapsed: true })}
            />
            <div className="mc-body">
              {disconnected && (
                <div className="mc-notice" role="alert" data-testid="mc-disconnected">
                  <p>
                    Mosaic Companion was updated or restarted. Reload this page to keep checking it:
                    until then, finished steps and tracked cases are not added to your checklist.
                    Nothing you typed has been changed.
                  </p>
                </div>
              )}
              {teach.panel}
              {(!view || !firstShown) && <p>Checking this page…</p>}
              {view && (
                <>
                  <PanelGroup index={0} steps={steps}>
                    {view.problem && (
                      <div className="mc-summary">
                        <h3>This page has not been checked</h3>
                        <p>
                          Mosaic Companion could not read this page, so it has checked nothing. Fill
                          in the step as usual.
                          {describe
                            ? ' Use “Page not read right?” below to tell the support team.'
                            : ''}
                        </p>
                      </div>
                    )}
                    {isSummary && (
                      <PreflightPanel
                        reviewWaiting={reviewWaiting}
                        findings={view.findings}
                        render={(f, i) => (
                          <FindingItem
                            key={f.key}
                            id={`mc-pf-${i}`}
                            finding={f}
                            onJump={jump}
                            notice={noticeFor(f)}
                          />
                        )}
                      />
                    )}
                    <ProblemSummary
                      view={view}
                      isSummary={isSummary}
                      headingRef={summaryRef}
                      onJump={jump}
                      noticeFor={noticeFor}
                    />
                  </PanelGroup>
                  <PanelGroup index={1} steps={steps}>
                    {view.eligibility && <EligibilityPanel eligibility={view.eligibility} />}
                  </PanelGroup>
                  <PanelGroup index={2} steps={steps}>
                    {view.budget && (
                      <BudgetPanel budget={view.budget} isExample={view.budgetIsExample} />
                    )}
                  </PanelGroup>
                  <PanelGroup index={3} steps={steps}>
                    <ProgressPanel progress={view.progress} />
                  </PanelGroup>
                  <PanelGroup index={4} steps={steps}>
                    <StepCase
                      kind={kind}
                      personId={personId}
                      personName={personName}
                      checker={checker}
                      doc={doc}
                      buttons={buttons}
                    />
                  </PanelGroup>
                  <PanelGroup index={5} steps={steps}>
                    <SidebarOptions
                      outline={prefs.outline}
                      onOutline={(outline) => updatePrefs({ outline })}
                      describe={describe && (() => describe(doc))}
                    />
                  </PanelGroup>
                </>
              )}
            </div>
          </div>
        )}
      </aside>
      <div role="status" aria-live="polite" className="mc-visually-hidden">
        {announcement}
      </div>
      {guard && <FinishGuard errors={guard.errors} onFinish={finishAnyway} onBack={goBack} />}
    </TeachContext>
  );
}
