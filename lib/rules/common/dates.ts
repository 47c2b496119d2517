/** Calendar dates as {y, m, d} (no time, no time zone): enough for "11 to 13 months from today". */

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Mosaic writes dd/mm/yyyy; people also type d/m/yy, dd-mm-yyyy or dd.mm.yyyy. */
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

export function daysInMonth(y: number, m: number): number {
  return m === 2
    ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(m)
      ? 30
      : 31;
}

function valid(y: number, m: number, d: number): CalendarDate | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? { y, m, d } : null;
}

export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO.exec(text.trim());
  return m ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A date as shown on the page (dd/mm/yyyy), or yyyy-mm-dd. */
export function parsePageDate(text: string): CalendarDate | null {
  const t = text.trim();
  const m = UK.exec(t);
  if (!m) return parseIsoDate(t);
  const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return valid(y, Number(m[2]), Number(m[1]));
}

/** The same day n months later (the month's last day when it has no such day: 31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  const total = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** A sortable number: 2025-03-10 → 20250310. */
export function dateKey(date: CalendarDate): number {
  return date.y * 10000 + date.m * 100 + date.d;
}

export function formatPageDate(date: CalendarDate): string {
  return `${String(date.d).padStart(2, '0')}/${String(date.m).padStart(2, '0')}/${date.y}`;
}
