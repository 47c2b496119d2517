/**
 * Calendar dates (yyyy-mm-dd) in Europe/London, and the instants at which the London clock shows a
 * time. Dates are never instants. The browser's own time zone data says what the London clock
 * shows, so nothing is loaded for it: the service worker stays small, and the browser tests,
 * which import this in Node, load nothing else (not the working-day calendar and its holiday data).
 *
 * The browser's data is read through `Temporal` where the browser has it, else through
 * `Intl.DateTimeFormat`. The first `Intl.DateTimeFormat` made in a page loads the browser's locale
 * data: about 12 ms on a quiet machine and 50 ms at 4× CPU, in the task that makes it, where
 * `Temporal` takes about 1 ms (docs/performance.md). So the formatter is made on first use only.
 */

export const LONDON = 'Europe/London';

/** The parts of `Temporal` (Chrome 144, Firefox 139 and later) used here. */
interface TemporalClock {
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(zone: string): WallClock;
    };
  };
}

/** A date and time on a clock, months from 1. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const CLOCK_PARTS: Intl.DateTimeFormatOptions = {
  timeZone: LONDON,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

/** The London clock at an instant, read with `Intl.DateTimeFormat`. */
function londonClockByIntl(ms: number): WallClock {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  const formatter = new Intl.DateTimeFormat('en-GB', CLOCK_PARTS);
  for (const { type, value } of formatter.formatToParts(ms)) p[type] = Number(value);
  return {
    year: p.year ?? 0,
    month: p.month ?? 1,
    day: p.day ?? 1,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
  };
}

/**
 * The London clock at an instant: with `Temporal` when the global object has it (`clocks` is for
 * the tests), else with `Intl.DateTimeFormat`.
 */
export function londonClock(ms: number, clocks: object = globalThis): WallClock {
  const temporal = (clocks as { Temporal?: TemporalClock }).Temporal;
  if (temporal) return temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(LONDON);
  return londonClockByIntl(ms);
}

/** What the London clock shows at an instant, as the UTC instant with the same date and time. */
function londonWallClock(ms: number): number {
  const c = londonClock(ms);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
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
