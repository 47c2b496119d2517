/**
 * What the worker does in a step that can tick a task (deadlines.md, "Where cases come from"):
 * pressing the step editor's Finish (or Complete) or Save, and a Brokerage next action on the
 * step, all recognised by what the page shows.
 */
import type { StepEvent } from '@/lib/steps/offers';
import { BUTTONS, finishButtonOf } from './finish';

const SAVE = /^save( step| and close)?$/i;

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Finish or Save, when the event started in the page's button of that name (never one of ours). */
export function stepEventOf(target: EventTarget | null, host: Element | null): StepEvent | null {
  if (finishButtonOf(target, host)) return 'finish';
  if (!target || !(target as Element).closest) return null;
  const el = (target as Element).closest<HTMLElement>(BUTTONS);
  if (!el || (host && (el === host || host.contains(el)))) return null;
  if ((el as HTMLButtonElement).disabled) return null;
  const says = [el.textContent, el.getAttribute('aria-label'), el.getAttribute('title')];
  if (el instanceof HTMLInputElement) says.push(el.value);
  return says.some((t) => SAVE.test(squash(t).replace(/[.!]$/, ''))) ? 'save' : null;
}

/** Whether the step's next actions show a Brokerage action: a table cell that says just that. */
export function showsBrokerageAction(doc: Document, host: Element | null): boolean {
  for (const cell of doc.querySelectorAll('td, th, [role="cell"], [role="gridcell"]')) {
    if (host && host.contains(cell)) continue;
    if (/^brokerage$/i.test(squash(cell.textContent))) return true;
  }
  return false;
}
