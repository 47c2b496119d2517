/**
 * Working days in England and Wales (deadlines.md, "Counting days").
 *
 * Every date here is a calendar date written yyyy-mm-dd, never an instant. Counting is done on
 * whole day numbers (days since 1970-01-01, in UTC where every day has 24 hours), so the machine's
 * time zone and the clock changes cannot move a date. Dates are written for people here too
 * (English month names, no locale data: this runs in the service worker). Today's date itself
 * comes from lib/dates.ts (Europe/London).
 *
 * Bank holidays come from the date-holidays package (GB-ENG, types `public` and `bank` only; it
 * also lists observances such as Mothers' Day, which are not holidays), through the table that
 * tests/unit/calendar-data.test.ts writes from it (see `holidaySource`). date-holidays lists both a
 * holiday that falls on a weekend and its substitute weekday (Christmas Day 2021, a Saturday, and
 * its substitute Monday 27 Dec); GOV.UK lists only the substitute. A weekend is never a working day
 * anyway, so `bankHolidays` follows GOV.UK by rule: weekend dates are left out.
 */
import shipped from './cases/bank-holidays.generated.json';

/** One holiday as date-holidays gives it: `date` is "yyyy-mm-dd hh:mm:ss" in the holiday's own time. */
export interface RawHoliday {
  date: string;
  type: string;
  name?: string;
}

/** Where a year's holidays come from. */
export type HolidaySource = (year: number) => RawHoliday[];

/** The years the shipped holiday table covers. */
export const HOLIDAY_YEARS = { from: shipped.from, to: shipped.to };

const SHIPPED_YEARS: Record<string, string[]> = shipped.years;

/**
 * The bank holidays of England and Wales as the date-holidays package gives them (GB-ENG, public
 * and bank), carried as its output: the package with its time-zone data is far too big for the
 * service worker. tests/unit/calendar-data.test.ts writes the table from the package and fails
 * whenever the two differ. A year outside the table has no bank holidays.
 */
export const holidaySource: HolidaySource = (year) =>
  (SHIPPED_YEARS[String(year)] ?? []).map((date) => ({ date, type: 'bank' }));

export interface WorkingCalendar {
  /** Monday to Friday, not a bank holiday, not a council closure day. */
  isWorkingDay(date: string): boolean;
  /** The N-th working day after `date` (`date` itself never counts); N = 0 gives `date`; negative N counts back. */
  addWorkingDays(date: string, n: number): string;
  /** Working days after `from` up to and including `to` (negative if to < from). */
  workingDaysBetween(from: string, to: string): number;
  /** England and Wales bank holidays of the year that fall on weekdays (as GOV.UK lists them), sorted. */
  bankHolidays(year: number): string[];
  /** The council's extra closure days this calendar was made with, sorted. */
  closureDays(): string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * A date as a whole number of days since 1970-01-01. Working on day numbers (UTC, where every day
 * has 24 hours) keeps counting fast and independent of the machine's time zone and clock changes.
 */
function dayNumber(date: string): number | null {
  if (typeof date !== 'string') return null;
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return null;
  return Math.round(t / DAY_MS);
}

function toDay(date: string): number {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`Not a real date written yyyy-mm-dd: ${String(date)}`);
  return n;
}

function fromDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** True for a real calendar date written yyyy-mm-dd (2023-02-29 is not one). */
export function isRealDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== null;
}

/** `date` + n calendar days. */
export function addCalendarDays(date: string, n: number): string {
  return fromDay(toDay(date) + n);
}

/** `date` − n calendar days. */
export function subCalendarDays(date: string, n: number): string {
  return fromDay(toDay(date) - n);
}

/** Calendar days from `from` to `to` (negative if to < from). */
export function calendarDaysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return weekdayOf(toDay(date));
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as people read it: "3 Mar 2027". */
export function formatDate(date: string): string {
  const [y, m, d] = fromDay(toDay(date)).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** The holidays that close offices: public and bank holidays on weekdays. */
export function officialHolidays(raw: RawHoliday[]): string[] {
  const dates = new Set<string>();
  for (const h of raw) {
    if (h.type !== 'public' && h.type !== 'bank') continue;
    const date = h.date.slice(0, 10);
    if (!isRealDate(date) || isWeekend(date)) continue;
    dates.add(date);
  }
  return [...dates].sort();
}

/**
 * A working-day calendar: bank holidays of England and Wales plus the council's closure days.
 * Holidays are worked out once per year and kept.
 */
export function createCalendar(
  closureDays: string[] = [],
  source: HolidaySource = holidaySource,
): WorkingCalendar {
  const closureList = [...new Set(closureDays.filter(isRealDate))].sort();
  const closures = new Set(closureList.map(toDay));
  const byYear = new Map<number, { list: string[]; days: Set<number> }>();

  const holidaysOf = (year: number) => {
    let entry = byYear.get(year);
    if (!entry) {
      const list = officialHolidays(source(year));
      entry = { list, days: new Set(list.map(toDay)) };
      byYear.set(year, entry);
    }
    return entry;
  };

  const isWorkingDayN = (n: number): boolean => {
    if (weekdayOf(n) >= 6 || closures.has(n)) return false;
    return !holidaysOf(new Date(n * DAY_MS).getUTCFullYear()).days.has(n);
  };

  const addWorkingDays = (date: string, n: number): string => {
    if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
    let d = toDay(date);
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(n);
    while (left > 0) {
      d += step;
      if (isWorkingDayN(d)) left -= 1;
    }
    return fromDay(d);
  };

  const workingDaysBetween = (from: string, to: string): number => {
    const a = toDay(from);
    const b = toDay(to);
    const sign = b < a ? -1 : 1;
    let count = 0;
    for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (isWorkingDayN(d)) count += 1;
    return sign * count;
  };

  return {
    isWorkingDay: (date) => isWorkingDayN(toDay(date)),
    addWorkingDays,
    workingDaysBetween,
    bankHolidays: (year) => [...holidaysOf(year).list],
    closureDays: () => [...closureList],
  };
}
