/**
 * What the worker does in a step that can tick a task (deadlines.md, "Where cases come from"):
 * pressing the step editor's Finish (or Complete) or Save, and a Brokerage next action on the
 * step, all recognised by what the page shows.
 */
import type { StepEvent } from '@/lib/steps/offers';
import { buttonSays, buttonWords, FINISH, pageButtonOf } from './finish';

const SAVE = /^save( step| and close)?$/i;

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Finish or Save, when the event started in the page's button of that name (never one of ours). */
export function stepEventOf(target: EventTarget | null, host: Element | null): StepEvent | null {
  const el = pageButtonOf(target, host);
  if (!el) return null;
  const words = buttonWords(el);
  if (buttonSays(words, FINISH)) return 'finish';
  return buttonSays(words, SAVE) ? 'save' : null;
}

/** Whether the step's next actions show a Brokerage action: a table cell that says just that. */
export function showsBrokerageAction(doc: Document, host: Element | null): boolean {
  for (const cell of doc.querySelectorAll('td, th, [role="cell"], [role="gridcell"]')) {
    if (host && host.contains(cell)) continue;
    if (/^brokerage$/i.test(squash(cell.textContent))) return true;
  }
  return false;
}
