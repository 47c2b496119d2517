/** Calendar dates (yyyy-mm-dd) in words, for people: "Tuesday 12 March 2026". */
import { format } from 'date-fns';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function toLocalNoon(iso: string): Date | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

/** "Tuesday 12 March 2026"; the input unchanged when it is not a date. */
export function longDate(iso: string): string {
  const d = toLocalNoon(iso);
  return d ? format(d, 'EEEE d MMMM yyyy') : iso;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "12 Mar 2026"; the input unchanged when it is not a date. Written by hand, without date-fns, so
 * that the sidebar's case panel can show it without loading a date library into the page.
 */
export function shortDate(iso: string): string {
  const m = ISO.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
