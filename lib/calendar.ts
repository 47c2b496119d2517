/**
 * Working days in England and Wales (deadlines.md, "Counting days").
 *
 * Every date here is a calendar date written yyyy-mm-dd, never an instant: arithmetic is done on
 * local-midnight Date objects with date-fns (whose addDays keeps the wall-clock date across clock
 * changes), and only the yyyy-mm-dd text goes in and out.
 *
 * Bank holidays come from the date-holidays package (GB-ENG, types `public` and `bank` only; it
 * also lists observances such as Mothers' Day, which are not holidays). date-holidays lists both a
 * holiday that falls on a weekend and its substitute weekday (Christmas Day 2021, a Saturday, and
 * its substitute Monday 27 Dec); GOV.UK lists only the substitute. A weekend is never a working day
 * anyway, so `bankHolidays` follows GOV.UK by rule: weekend dates are left out.
 */
import { addDays, format, getISODay, isValid, parseISO, subDays } from 'date-fns';
import Holidays from 'date-holidays';

/** One holiday as date-holidays gives it: `date` is "yyyy-mm-dd hh:mm:ss" in the holiday's own time. */
export interface RawHoliday {
  date: string;
  type: string;
  name?: string;
}

/** Where a year's holidays come from. */
export type HolidaySource = (year: number) => RawHoliday[];

let gbEng: Holidays | null = null;

/** date-holidays for England (region GB-ENG), public and bank holidays only. */
export const holidaySource: HolidaySource = (year) => {
  gbEng ??= new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  return gbEng.getHolidays(year).map((h) => ({ date: h.date, type: h.type, name: h.name }));
};

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

/** True for a real calendar date written yyyy-mm-dd (2023-02-29 is not one). */
export function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = parseISO(value);
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
}

function toDate(date: string): Date {
  if (!isRealDate(date)) throw new RangeError(`Not a real date written yyyy-mm-dd: ${String(date)}`);
  return parseISO(date);
}

function toIso(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

/** `date` + n calendar days. */
export function addCalendarDays(date: string, n: number): string {
  return toIso(addDays(toDate(date), n));
}

/** `date` − n calendar days. */
export function subCalendarDays(date: string, n: number): string {
  return toIso(subDays(toDate(date), n));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return getISODay(toDate(date));
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** A date as people read it: "3 Mar 2027". */
export function formatDate(date: string): string {
  return format(toDate(date), 'd MMM yyyy');
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
export function createCalendar(closureDays: string[] = [], source: HolidaySource = holidaySource): WorkingCalendar {
  const closures = new Set(closureDays.filter(isRealDate));
  const byYear = new Map<number, { list: string[]; set: Set<string> }>();

  const holidaysOf = (year: number) => {
    let entry = byYear.get(year);
    if (!entry) {
      const list = officialHolidays(source(year));
      entry = { list, set: new Set(list) };
      byYear.set(year, entry);
    }
    return entry;
  };

  const isWorkingDay = (date: string): boolean => {
    const weekday = isoWeekday(date);
    if (weekday >= 6) return false;
    if (closures.has(date)) return false;
    return !holidaysOf(Number(date.slice(0, 4))).set.has(date);
  };

  const addWorkingDays = (date: string, n: number): string => {
    if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
    let d = toDate(date);
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(n);
    while (left > 0) {
      d = addDays(d, step);
      if (isWorkingDay(toIso(d))) left -= 1;
    }
    return toIso(d);
  };

  const workingDaysBetween = (from: string, to: string): number => {
    const a = toDate(from);
    const b = toDate(to);
    if (b < a) return -workingDaysBetween(to, from);
    let count = 0;
    for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) {
      if (isWorkingDay(toIso(d))) count += 1;
    }
    return count;
  };

  return {
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    bankHolidays: (year) => [...holidaysOf(year).list],
    closureDays: () => [...closures].sort(),
  };
}
