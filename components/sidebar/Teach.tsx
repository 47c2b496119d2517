/**
 * "Show me where it is": teaching the sidebar a question it could not find, by pointing at it on
 * the page (docs/label-overrides.md). The button on each `page.field-not-found` finding, the
 * banner shown in teach mode, and what was learnt (with Undo) or why nothing was. The page is held
 * by the teach mode engine (entrypoints/sidebar/teach-mode.ts); what a picked text is
 * worth is decided in entrypoints/sidebar/teach.ts and lib/page/teach.ts.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Checker } from '@/entrypoints/sidebar/checker';
import type { Overlay } from '@/entrypoints/sidebar/overlay';
import { forgetTaughtLabel, teachLabel } from '@/entrypoints/sidebar/teach-bridge';
import { TeachMode } from '@/entrypoints/sidebar/teach-mode';
import { tryTeaching } from '@/entrypoints/sidebar/teach';
import type { PageKind } from '@/lib/page/kinds';
import { teachCandidates } from '@/lib/page/teach-candidates';
import { fieldName } from '@/lib/rules/common/names';
import type { Settings } from '@/lib/settings/schema';
import type { ViewFinding } from '@/lib/sidebar/view';

type StartTeaching = (f: ViewFinding, from: HTMLElement) => void;

/** How a finding's "Show me where it is" button starts teach mode (null: not offered). */
export const TeachContext = createContext<StartTeaching | null>(null);

/** The button on a `page.field-not-found` finding. */
export function TeachButton({
  finding,
  describedBy,
}: {
  finding: ViewFinding;
  describedBy: string;
}) {
  const start = useContext(TeachContext);
  if (!start || finding.ruleId !== 'page.field-not-found' || !finding.field) return null;
  return (
    <button
      type="button"
      className="mc-button mc-secondary mc-teach"
      data-action="teach"
      aria-describedby={describedBy}
      onClick={(e) => start(finding, e.currentTarget)}
    >
      Show me where it is
    </button>
  );
}

interface Result {
  ok: boolean;
  text: string;
  /** Undo puts these settings back (only after something was learnt). */
  undo?: { field: string; text: string; settings: Settings };
}

export interface TeachProps {
  checker: Checker;
  doc: Document;
  host: HTMLElement;
  overlay: Overlay;
  pageKind: PageKind;
  /** Where focus goes when the finding's own button is gone (the field was found). */
  fallbackFocus: () => HTMLElement | null;
  /** The sidebar's panel is shown (not hidden or collapsed): teach mode ends when it is not. */
  shown: boolean;
}

/** Teach mode's state, its start, and what to draw in the sidebar. */
export function useTeach({
  checker,
  doc,
  host,
  overlay,
  pageKind,
  fallbackFocus,
  shown,
}: TeachProps) {
  const [field, setField] = useState<string | null>(null);
  const [where, setWhere] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const from = useRef<HTMLElement | null>(null);
  const engine = useRef<TeachMode | null>(null);

  const leave = useCallback(() => {
    engine.current?.stop();
    engine.current = null;
    setField(null);
    setWhere('');
  }, []);

  const cancel = useCallback(() => {
    leave();
    requestAnimationFrame(() => from.current?.isConnected && from.current.focus());
  }, [leave]);

  const showResult = useCallback((r: Result) => setResult(r), []);

  // What was learnt (or why nothing was) takes focus when it is shown, as the banner does.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  useEffect(() => {
    if (field) bannerRef.current?.focus();
  }, [field]);

  const pick = useCallback(
    async (teaching: string, picked: Element) => {
      leave();
      checker.flush();
      const settings = checker.getSettings();
      const snapshot = checker.reading?.snapshot;
      if (!snapshot) return;
      const outcome = tryTeaching({
        doc,
        picked,
        field: teaching,
        pageKind,
        snapshot,
        labelOverrides: settings.labelOverrides,
      });
      if (!outcome.ok) return showResult({ ok: false, text: outcome.reason });
      const kept = await teachLabel({ field: teaching, text: outcome.text, pageKind });
      if (!kept)
        return showResult({
          ok: false,
          text: 'Could not keep it: Mosaic Companion could not be reached. Reload the page and try again. Nothing was kept.',
        });
      checker.setSettings({ ...settings, labelOverrides: outcome.labelOverrides });
      showResult({
        ok: true,
        text: `Learnt: ‘${outcome.text}’ is the question for ${fieldName(teaching)}.`,
        undo: { field: teaching, text: outcome.text, settings },
      });
    },
    [checker, doc, leave, pageKind, showResult],
  );

  const start: StartTeaching = useCallback(
    (f, button) => {
      if (!f.field || !doc.defaultView) return;
      const teaching = f.field;
      engine.current?.stop();
      from.current = button;
      setResult(null);
      setField(teaching);
      const mode = new TeachMode(doc.defaultView, host, overlay, {
        candidates: () =>
          teachCandidates(doc, { labelOverrides: checker.getSettings().labelOverrides }),
        onPick: (el) => void pick(teaching, el),
        onCancel: cancel,
        onMove: (i, n, text) =>
          setWhere(
            n === 0
              ? 'There are no other question texts on this page to choose from.'
              : `Question ${i + 1} of ${n}: ‘${text}’. Press Enter to choose it.`,
          ),
      });
      engine.current = mode;
      mode.start();
    },
    [cancel, checker, doc, host, overlay, pick],
  );

  // Teach mode never outlives the sidebar, nor holds the page while its banner cannot be seen.
  useEffect(() => () => engine.current?.stop(), []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- leaving teach mode when the sidebar is hidden or collapsed
    if (!shown) leave();
  }, [shown, leave]);

  const undo = async (u: NonNullable<Result['undo']>) => {
    await forgetTaughtLabel(u.field, u.text);
    checker.setSettings(u.settings);
    showResult({
      ok: true,
      text: `Undone: ‘${u.text}’ is no longer the question for ${fieldName(u.field)}.`,
    });
  };

  const dismiss = () => {
    setResult(null);
    requestAnimationFrame(() =>
      (from.current?.isConnected ? from.current : fallbackFocus())?.focus(),
    );
  };

  const panel: ReactNode = (
    <>
      {field && (
        <div
          className="mc-notice mc-teach-banner"
          role="status"
          tabIndex={-1}
          ref={bannerRef}
          data-testid="mc-teach-banner"
        >
          <p>
            <strong>Click the question for {fieldName(field)} on the page.</strong> Or press Tab to
            go through the page’s questions and Enter to choose one. Press Esc to cancel.
          </p>
          {where && <p>{where}</p>}
          <button type="button" className="mc-button mc-secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {result && (
        <div
          className={`mc-notice${result.ok ? '' : ' mc-teach-refused'}`}
          role="status"
          tabIndex={-1}
          ref={resultRef}
          data-testid="mc-teach-result"
        >
          <p>{result.text}</p>
          {result.undo && (
            <button
              type="button"
              className="mc-button mc-secondary"
              onClick={() => void undo(result.undo!)}
            >
              Undo
            </button>
          )}
          <button type="button" className="mc-button mc-secondary" onClick={dismiss}>
            OK
          </button>
        </div>
      )}
    </>
  );

  return { mode: field ? ('teach' as const) : undefined, start, panel };
}
