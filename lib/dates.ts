/** Calendar dates (yyyy-mm-dd) in Europe/London. Dates are never instants. */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const LONDON = 'Europe/London';

/** Today's date in Europe/London. */
export function todayInLondon(now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), LONDON), 'yyyy-MM-dd');
}
