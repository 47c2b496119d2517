/** Calendar dates (yyyy-mm-dd) in Europe/London. Dates are never instants. */
import { TZDate } from '@date-fns/tz';

export const LONDON = 'Europe/London';

/** Today's date in Europe/London. */
export function todayInLondon(now: Date = new Date()): string {
  const d = new TZDate(now.getTime(), LONDON);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
