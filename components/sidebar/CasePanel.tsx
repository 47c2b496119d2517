/**
 * The case panel on a casework step (contract.md, `mc-case-panel`): the case's open tasks once it
 * is tracked; "Track this case" with the person, the case type and the page's date of allocation
 * (or one date field) while it is not; and, after the worker presses Finish or Save, an offer to
 * tick what that did, confirmed in one click and undone in one. It never ticks by itself.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { PanelCase } from '@/lib/db/steps';
import type { CaseKind } from '@/lib/cases/types';
import { tasksToOffer, type OfferInput, type StepEvent } from '@/lib/steps/offers';
import type { StampLabel } from '@/lib/steps/stamps';
import { shortDate } from '@/lib/dates-in-words';
import { personCases, stepSeen, tickTasks, trackStepCase } from '@/entrypoints/sidebar/case-bridge';
import { onBackgroundMessage } from '@/entrypoints/sidebar/bridge';
import type { StepButtons } from '@/entrypoints/sidebar/step-buttons';
import { useFocusWhenDrawn } from './useFocusWhenDrawn';

/** The case types as the checklist names them (lib/cases/types.ts, not imported: it carries zod). */
export const CASE_WORDS: Record<CaseKind, string> = {
  reablement: 'Reablement assessment',
  ras: 'RAS assessment',
  'carers-assessment': 'Carer’s assessment',
  'carers-review': 'Carers Review',
};

const STATUS_WORDS: Record<string, string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  'due-soon': 'Due soon',
  upcoming: 'Upcoming',
  waiting: 'Waiting',
  done: 'Done',
};

/** What the page says beyond the case panel's own props, read when the worker presses Finish or Save. */
export interface PageFacts {
  brokerageAction: boolean;
  supportPlanRow: boolean;
}

export interface CasePanelProps {
  personId: string;
  personName: string;
  caseKind: CaseKind;
  /** The step's name as its title shows it. */
  stepName: string;
  /** A Carers Conversation or Carers Review step. */
  carersStep: boolean;
  /** The date of allocation the page shows, and the stamp it came from. */
  stamp: { date: string; label: StampLabel } | null;
  doc: Document;
  /** The page's Finish and Save, listened to (step-buttons.ts). */
  buttons: StepButtons;
  facts: () => PageFacts;
  /** The cases as first fetched (the work-step sidebar fetches them to decide whether to open). */
  initialCases?: PanelCase[] | null;
  /** Told when an offer appears, so that a collapsed sidebar opens to show it. */
  onOffer?: () => void;
}

interface Offer {
  caseId: string;
  tasks: Array<{ id: string; description: string }>;
}

type Result = { ok: boolean; text: string; undo?: { caseId: string; ids: string[] } } | null;

export function CasePanel(props: CasePanelProps) {
  const {
    personId,
    personName,
    caseKind,
    stepName,
    carersStep,
    stamp,
    doc,
    buttons,
    facts,
    onOffer,
  } = props;
  const [cases, setCases] = useState<PanelCase[] | null>(props.initialCases ?? null);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const [offer, setOffer] = useState<Offer | null>(null);
  const offerHeading = useRef<HTMLHeadingElement>(null);
  const { ref: undoButton, focusWhenDrawn: focusUndo } = useFocusWhenDrawn<HTMLButtonElement>();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const id = useId();

  const reload = useCallback(async () => {
    const got = await personCases(personId);
    if (got) setCases(got);
    return got;
  }, [personId]);

  useEffect(() => {
    if (props.initialCases === undefined)
      void personCases(personId).then((got) => got && setCases(got));
    // The checklist or another tab changed the cases: the background says so. Not the window's
    // focus: that comes in the page's own click, whose frame the page's work may make long.
    const stopListening = onBackgroundMessage((msg) => {
      if (msg.type === 'cases-changed') void reload();
    });
    // Back to this tab: read again, in case a message was missed while it was away.
    const again = () => {
      if (doc.visibilityState === 'visible') void reload();
    };
    doc.addEventListener('visibilitychange', again);
    return () => {
      stopListening();
      doc.removeEventListener('visibilitychange', again);
    };
  }, [doc, reload, personId, props.initialCases]);

  // The step seen: the checklist's "Found in Mosaic" offers it while its case is not tracked.
  useEffect(() => {
    void stepSeen({
      personId,
      name: personName.slice(0, 200),
      kind: caseKind,
      stepName: stepName.slice(0, 100),
      allocated: stamp?.date ?? null,
    });
  }, [personId, personName, caseKind, stepName, stamp]);

  // ---- Finish and Save in the page: offer what they did ----------------------------------------
  useEffect(() => {
    // Told after the guards (step-buttons.ts): a Finish the finish guard holds back never gets
    // here, and one it lets through does.
    const offerFor = async (event: StepEvent, pressed: Element) => {
      const fresh = await reload();
      if (!fresh) return;
      const input: OfferInput = { event, stepCaseKind: caseKind, carersStep, ...facts() };
      for (const c of fresh) {
        const ids = tasksToOffer(input, c);
        if (ids.length === 0) continue;
        const tasks = ids.map((tid) => ({
          id: tid,
          description: c.tasks.find((t) => t.id === tid)?.description ?? tid,
        }));
        setResult(null);
        setOffer({ caseId: c.id, tasks });
        onOffer?.();
        // Taken to it only when the page has not put the focus somewhere of its own (a dialog).
        const active = doc.activeElement;
        if (!active || active === doc.body || pressed.contains(active))
          requestAnimationFrame(() => offerHeading.current?.focus());
        return;
      }
    };
    return buttons.onPressed(({ kind, button }) => void offerFor(kind, button));
  }, [doc, buttons, caseKind, carersStep, facts, reload, onOffer]);

  const tracked = cases?.find((c) => c.kind === caseKind) ?? null;

  async function track(allocated: string | null) {
    setBusy(true);
    setResult(null);
    const reply = await trackStepCase({
      personId,
      name: personName.slice(0, 200),
      kind: caseKind,
      allocated,
    });
    setBusy(false);
    if (reply.ok) {
      setOpen(false);
      setResult({
        ok: true,
        text: reply.existed
          ? `Already in your checklist: ${CASE_WORDS[caseKind]} for ${personName}.`
          : `Added to your checklist: ${CASE_WORDS[caseKind]} for ${personName}.`,
      });
      await reload();
      // The button pressed is gone: to the panel's heading, above the case's tasks.
      requestAnimationFrame(() => titleRef.current?.focus());
    } else setResult({ ok: false, text: reply.errors.map((e) => e.message).join(' ') });
  }

  async function tick(o: Offer) {
    setBusy(true);
    const ids = o.tasks.map((t) => t.id);
    const reply = await tickTasks(o.caseId, ids, true);
    setBusy(false);
    setOffer(null);
    if (!reply.ok) return setResult({ ok: false, text: reply.message });
    const names = o.tasks.filter((t) => reply.changed.includes(t.id)).map((t) => t.description);
    // The button pressed is gone: on to Undo (or the panel's heading), not lost to the page.
    focusUndo(names.length > 0);
    setResult(
      names.length
        ? {
            ok: true,
            text: `Ticked in your checklist: ${names.join('; ')}.`,
            undo: { caseId: o.caseId, ids: reply.changed },
          }
        : { ok: true, text: 'Already ticked in your checklist.' },
    );
    await reload();
    if (!names.length) requestAnimationFrame(() => titleRef.current?.focus());
  }

  async function undo(u: { caseId: string; ids: string[] }) {
    setBusy(true);
    const reply = await tickTasks(u.caseId, u.ids, false);
    setBusy(false);
    setResult(
      reply.ok
        ? { ok: true, text: 'Undone: those tasks are open again in your checklist.' }
        : { ok: false, text: reply.message },
    );
    await reload();
    requestAnimationFrame(() => titleRef.current?.focus());
  }

  const openTasks = tracked?.tasks.filter((t) => t.status !== 'done') ?? [];

  return (
    <section
      className="mc-panelbox mc-casepanel"
      aria-labelledby={`${id}-title`}
      data-testid="mc-case-panel"
      data-case-kind={caseKind}
      data-tracked={tracked ? 'true' : 'false'}
    >
      <h3 id={`${id}-title`} tabIndex={-1} ref={titleRef}>
        Deadlines: {CASE_WORDS[caseKind]}
      </h3>
      <div aria-live="polite" className="mc-visually-hidden">
        {offer ? 'Mosaic Companion: tick what this step did as done? See the Deadlines panel.' : ''}
      </div>
      {offer && (
        <div
          className="mc-offer"
          role="group"
          aria-labelledby={`${id}-offer`}
          data-testid="mc-offer"
        >
          <h4 id={`${id}-offer`} tabIndex={-1} ref={offerHeading}>
            Tick {offer.tasks.length === 1 ? 'this task' : 'these tasks'} as done today?
          </h4>
          <ul>
            {offer.tasks.map((t) => (
              <li key={t.id} data-task={t.id}>
                {t.description}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="mc-button"
            disabled={busy}
            onClick={() => void tick(offer)}
          >
            Tick as done
          </button>
          <button
            type="button"
            className="mc-button mc-secondary"
            onClick={() => {
              setOffer(null);
              requestAnimationFrame(() => titleRef.current?.focus());
            }}
          >
            Not now
          </button>
        </div>
      )}
      {tracked ? (
        openTasks.length ? (
          <ul className="mc-ctasks" aria-label="Open tasks">
            {openTasks.map((t) => (
              <li
                key={t.id}
                className={`mc-ctask mc-st-${t.status}`}
                data-task={t.id}
                data-status={t.status}
                data-due={t.due ?? ''}
              >
                <span className="mc-ctask-name">{t.description}</span>
                {t.condition ? <span className="mc-ctask-cond"> ({t.condition})</span> : null}
                <span className="mc-ctask-due">
                  <span className={`mc-ctag mc-ctag-${t.status}`}>{STATUS_WORDS[t.status]}</span>{' '}
                  {t.dueText}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>Every task of this case is ticked.</p>
        )
      ) : null}
      <div data-testid="mc-track">
        {!tracked && cases !== null && (
          <>
            <p>Not in your checklist yet.</p>
            {stamp && !open ? (
              <>
                <p>
                  Date of allocation: {shortDate(stamp.date)} (the step’s {stamp.label} date).
                </p>
                <button
                  type="button"
                  className="mc-button"
                  disabled={busy}
                  onClick={() => void track(stamp.date)}
                >
                  Track this case
                </button>
              </>
            ) : !open ? (
              <button
                type="button"
                className="mc-button mc-secondary"
                aria-expanded="false"
                onClick={() => setOpen(true)}
              >
                Track this case
              </button>
            ) : (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void track(date || null);
                }}
              >
                <p>
                  Add a {CASE_WORDS[caseKind]} for {personName} to your checklist.
                </p>
                <div className="mc-field">
                  <label htmlFor={`${id}-date`}>Date of allocation</label>
                  <input
                    id={`${id}-date`}
                    type="date"
                    value={date}
                    onChange={(e) => setDate(e.target.value)}
                    required
                  />
                </div>
                <button type="submit" className="mc-button" disabled={busy}>
                  Track this case
                </button>
                <button
                  type="button"
                  className="mc-button mc-secondary"
                  onClick={() => setOpen(false)}
                >
                  Cancel
                </button>
              </form>
            )}
          </>
        )}
        {cases === null && <p>Looking for this case in your checklist…</p>}
        <p role="status" className={result?.ok === false ? 'mc-error-text' : 'mc-success'}>
          {result?.text ?? ''}
          {result?.undo && (
            <>
              {' '}
              <button
                type="button"
                className="mc-button mc-secondary"
                disabled={busy}
                ref={undoButton}
                onClick={() => void undo(result.undo!)}
              >
                Undo
              </button>
            </>
          )}
        </p>
      </div>
    </section>
  );
}
