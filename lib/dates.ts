/**
 * Calendar dates (yyyy-mm-dd) in Europe/London, and the instants at which the London clock shows a
 * time. Dates are never instants. The browser's own time zone data (`Intl`) says what the London
 * clock shows, so nothing is loaded for it: the service worker stays small, and the browser tests,
 * which import this in Node, load nothing else (not the working-day calendar and its holiday data).
 */

export const LONDON = 'Europe/London';

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** What the London clock shows at an instant, as the UTC instant with the same date and time. */
function londonWallClock(ms: number): number {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of londonClock.formatToParts(ms)) p[type] = Number(value);
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
}

/** How far the London clock is ahead of UTC at an instant (ms): none in winter, an hour in summer. */
function londonOffset(ms: number): number {
  return Math.round((londonWallClock(ms) - ms) / 60_000) * 60_000;
}

/**
 * The instant at which the London clock shows a date and time (given as the UTC instant with that
 * date and time). A time the clocks skip in spring comes out an hour later, as the clock reads then.
 */
function londonInstant(wall: number): number {
  return wall - londonOffset(wall - londonOffset(wall));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Today's date in Europe/London. */
export function todayInLondon(now: Date = new Date()): string {
  const d = new Date(londonWallClock(now.getTime()));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The instant (ms) of the next midnight in Europe/London after `now`. */
export function nextLondonMidnight(now: number = Date.now()): number {
  const here = new Date(londonWallClock(now));
  return londonInstant(Date.UTC(here.getUTCFullYear(), here.getUTCMonth(), here.getUTCDate() + 1));
}

/** The instant (ms) of `hh:mm` in Europe/London on a calendar date (yyyy-mm-dd). */
export function londonTimeOn(date: string, hhmm: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = hhmm.split(':').map(Number);
  return londonInstant(Date.UTC(y, m - 1, d, hh, mm));
}
