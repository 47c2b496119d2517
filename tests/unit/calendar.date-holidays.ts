/** The date-holidays package itself, for tests: what the generated holiday table is checked against. */
import Holidays from 'date-holidays';
import type { HolidaySource } from '@/lib/calendar';

let gbEng: Holidays | null = null;

/** date-holidays for England (region GB-ENG), public and bank holidays only. */
export const dateHolidaysSource: HolidaySource = (year) => {
  gbEng ??= new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  return gbEng.getHolidays(year).map((h) => ({ date: h.date, type: h.type, name: h.name }));
};
