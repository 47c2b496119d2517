/**
 * The page's Finish (or Complete) and Save buttons, each listened to itself, in the capture
 * phase, rather than every click on the page: a click anywhere else (into a text box, on a tick
 * box) runs none of the sidebar's script, in a frame that the page's own work may make long
 * (docs/performance.md). The buttons are found by what they say (step-actions.ts) and found again
 * (`refresh`) after a check of a page that changed, since the page may draw its toolbar again.
 *
 * Two kinds of listener, told in this order: guards (the finish guard), which may hold a click
 * back from the page, then those told of a press that went through (the case panel's offer).
 */
import type { StepEvent } from '@/lib/steps/offers';
import { BUTTONS } from './finish';
import { stepEventOf } from './step-actions';

export interface StepPress {
  event: MouseEvent;
  button: HTMLElement;
  kind: StepEvent;
}

/** Returns true to hold the click back from the page. */
export type StepGuard = (press: StepPress) => boolean;

export class StepButtons {
  private readonly guards = new Set<StepGuard>();
  private readonly pressed = new Set<(press: StepPress) => void>();
  private listened = new Set<HTMLElement>();

  constructor(
    private readonly doc: Document,
    private readonly host: Element | null,
  ) {}

  /** Adds a guard; returns its removal. */
  guard(g: StepGuard): () => void {
    this.guards.add(g);
    return () => this.guards.delete(g);
  }

  /** Adds a listener told of each press that went through to the page; returns its removal. */
  onPressed(l: (press: StepPress) => void): () => void {
    this.pressed.add(l);
    return () => this.pressed.delete(l);
  }

  /** Finds the page's Finish and Save buttons again, and listens to any new one. */
  refresh(): void {
    const found = new Set<HTMLElement>();
    for (const el of this.doc.querySelectorAll<HTMLElement>(BUTTONS))
      if (stepEventOf(el, this.host)) found.add(el);
    for (const el of this.listened)
      if (!found.has(el)) el.removeEventListener('click', this.onClick, true);
    for (const el of found)
      if (!this.listened.has(el)) el.addEventListener('click', this.onClick, true);
    this.listened = found;
  }

  stop(): void {
    for (const el of this.listened) el.removeEventListener('click', this.onClick, true);
    this.listened = new Set();
  }

  private onClick = (event: MouseEvent): void => {
    const button = event.currentTarget as HTMLElement;
    // Asked again as it is pressed: the button may have been disabled or renamed since.
    const kind = stepEventOf(button, this.host);
    if (!kind) return;
    const press = { event, button, kind };
    for (const g of this.guards) if (g(press)) return;
    for (const l of this.pressed) l(press);
  };
}
