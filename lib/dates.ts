/**
 * Calendar dates (yyyy-mm-dd) in Europe/London, and the instants at which the London clock shows a
 * time. Dates are never instants. The browser tests import this in Node, so it loads nothing but
 * the time zone (not the working-day calendar and its holiday data).
 */
import { TZDate } from '@date-fns/tz';

export const LONDON = 'Europe/London';

/** Today's date in Europe/London. */
export function todayInLondon(now: Date = new Date()): string {
  const d = new TZDate(now.getTime(), LONDON);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The instant (ms) of the next midnight in Europe/London after `now`. */
export function nextLondonMidnight(now: number = Date.now()): number {
  const here = new TZDate(now, LONDON);
  return new TZDate(
    here.getFullYear(),
    here.getMonth(),
    here.getDate() + 1,
    0,
    0,
    0,
    LONDON,
  ).getTime();
}

/** The instant (ms) of `hh:mm` in Europe/London on a calendar date (yyyy-mm-dd). */
export function londonTimeOn(date: string, hhmm: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = hhmm.split(':').map(Number);
  return new TZDate(y, m - 1, d, hh, mm, 0, LONDON).getTime();
}
