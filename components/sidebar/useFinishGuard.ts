/**
 * The finish guard: the page's Finish pressed while the form has errors is held back once and the
 * sidebar asks (FinishGuard.tsx); "Finish anyway" presses it again and lets that click through.
 * A Finish that goes ahead records a finished Carers Review for the checklist, once per review.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Detection } from '@/lib/page/detect';
import type { ViewFinding } from '@/lib/sidebar/view';
import { todayInLondon } from '@/lib/dates';
import type { Checker } from '@/entrypoints/sidebar/checker';
import { recordReview } from '@/entrypoints/sidebar/bridge';
import { reviewToRecord } from '@/entrypoints/sidebar/finish';
import type { StepButtons } from '@/entrypoints/sidebar/step-buttons';

export interface FinishGuardState {
  button: HTMLElement;
  errors: ViewFinding[];
}

interface FinishGuardInput {
  checker: Checker;
  detected: Detection;
  /** The page's Finish and Save, listened to (step-buttons.ts). */
  buttons: StepButtons;
  /** The sidebar's root: while it has a `data-mode` (teaching), the page's clicks are its own. */
  rootRef: RefObject<HTMLElement | null>;
}

export function useFinishGuard({ checker, detected, buttons, rootRef }: FinishGuardInput) {
  const [guard, setGuard] = useState<FinishGuardState | null>(null);
  const letThrough = useRef<HTMLElement | null>(null);
  const recorded = useRef(new Set<string>());
  // Read by the guard as Finish is pressed; kept in step as soon as React commits, before any click.
  const guardOpen = useRef(false);
  useLayoutEffect(() => {
    guardOpen.current = guard !== null;
  }, [guard]);

  const onFinished = useCallback(() => {
    const reading = checker.reading;
    if (!reading) return;
    const r = reviewToRecord(reading.snapshot, detected);
    if (!r) return;
    const key = `${r.personId}|${r.scheduledDate ?? ''}`;
    if (recorded.current.has(key)) return;
    recorded.current.add(key);
    recordReview({ ...r, finishedOn: todayInLondon() });
  }, [checker, detected]);

  useEffect(
    () =>
      buttons.guard(({ event, button, kind }) => {
        if (kind !== 'finish' || rootRef.current?.hasAttribute('data-mode')) return false;
        if (letThrough.current === button) {
          letThrough.current = null;
          onFinished();
          return false;
        }
        if (guardOpen.current) return false;
        checker.flush();
        const current = checker.getView();
        const errors = current?.findings.filter((f) => f.severity === 'error') ?? [];
        if (errors.length === 0) {
          onFinished();
          return false;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        setGuard({ button, errors });
        return true;
      }),
    [buttons, checker, onFinished, rootRef],
  );

  /** Presses the held Finish again, and lets that one click through to the page. */
  const finishAnyway = () => {
    const button = guard?.button;
    setGuard(null);
    if (!button || !button.isConnected) return;
    letThrough.current = button;
    button.click();
    // If the page ignored the click entirely, do not keep letting later clicks through.
    setTimeout(() => {
      if (letThrough.current === button) letThrough.current = null;
    }, 0);
  };

  return { guard, finishAnyway, closeGuard: () => setGuard(null) };
}
