/**
 * The page's Finish (or Complete) button, recognised by what it says (text, value, title,
 * aria-label, or an image's alt text), and the Carers Review next action to record on finishing.
 */
import { ACTIONS } from '@/lib/page/fields';
import type { PageSnapshot } from '@/lib/page/snapshot';
import { toIsoDate } from '@/lib/sidebar/format';

export const FINISH = /^(finish|complete)( step| workflow step)?$/i;

/** What a page's button may be: a button, an input that acts as one, a link, or a role. */
export const BUTTONS =
  'button, input[type="submit"], input[type="button"], input[type="image"], a, [role="button"]';

function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** What a page's button says: its text, aria-label, title, value, or its image's alt and title. */
export function buttonWords(el: Element): string[] {
  const out = [el.textContent, el.getAttribute('aria-label'), el.getAttribute('title')];
  if (el instanceof HTMLInputElement) out.push(el.value);
  const img = el.querySelector('img');
  if (img) out.push(img.getAttribute('alt'), img.getAttribute('title'));
  return out.map(norm).filter(Boolean);
}

/** Whether one of a button's words (buttonWords) matches `name`, a full stop or ! aside. */
export function buttonSays(words: string[], name: RegExp): boolean {
  return words.some((t) => name.test(t.replace(/[.!]$/, '')));
}

/** The page's button (enabled, never one of ours) the event started in, or null. */
export function pageButtonOf(target: EventTarget | null, host: Element | null): HTMLElement | null {
  if (!target || !(target as Element).closest) return null;
  const el = (target as Element).closest<HTMLElement>(BUTTONS);
  if (!el || (host && (el === host || host.contains(el)))) return null;
  return (el as HTMLButtonElement).disabled ? null : el;
}

/** The Finish or Complete button the event started in, or null (never one of ours). */
export function finishButtonOf(
  target: EventTarget | null,
  host: Element | null,
): HTMLElement | null {
  const el = pageButtonOf(target, host);
  return el && buttonSays(buttonWords(el), FINISH) ? el : null;
}

export interface ReviewToRecord {
  personId: string;
  name: string;
  scheduledDate: string | null;
}

/** On a Conversation or Review with a Carers Review next action: what to record, or null. */
export function reviewToRecord(
  s: PageSnapshot,
  fallback: { personId: string; personName: string },
): ReviewToRecord | null {
  if (s.kind !== 'carers-conversation' && s.kind !== 'carers-review') return null;
  const personId = s.person.id ?? fallback.personId;
  if (!/^\d{1,12}$/.test(personId)) return null;
  const want = ACTIONS.review.toLowerCase();
  const row = (s.fields.nextActions?.rows ?? []).find(
    (r) => norm(r.cells.action).toLowerCase() === want,
  );
  if (!row) return null;
  return {
    personId,
    name: (s.person.name ?? fallback.personName).slice(0, 200),
    scheduledDate: toIsoDate(row.cells.scheduledDate),
  };
}
