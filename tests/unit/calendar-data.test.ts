/**
 * The bank holiday table the extension ships (lib/cases/bank-holidays.generated.json) is made here,
 * from the date-holidays package, and must always equal what the package says: after updating
 * date-holidays, run `npx vitest run -u tests/unit/calendar-data.test.ts` to write it again.
 * (The package itself is too big for the service worker, so the extension carries its output.)
 */
import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, createCalendar, officialHolidays } from '@/lib/calendar';
import { dateHolidaysSource } from './calendar.date-holidays';

function table(): string {
  const lines: string[] = [];
  for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
    lines.push(`    "${year}": ${JSON.stringify(officialHolidays(dateHolidaysSource(year)))}`);
  }
  return [
    '{',
    '  "about": "England and Wales bank holidays on weekdays, from the date-holidays package (GB-ENG, types public and bank). Written by tests/unit/calendar-data.test.ts; do not edit by hand.",',
    `  "from": ${HOLIDAY_YEARS.from},`,
    `  "to": ${HOLIDAY_YEARS.to},`,
    '  "years": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

describe('the shipped bank holiday table', () => {
  it('is exactly what date-holidays gives, year by year', async () => {
    await expect(table()).toMatchFileSnapshot('../../lib/cases/bank-holidays.generated.json');
  });

  it('covers this year and decades ahead', () => {
    expect(HOLIDAY_YEARS.from).toBeLessThanOrEqual(2019);
    expect(HOLIDAY_YEARS.to).toBeGreaterThanOrEqual(new Date().getFullYear() + 25);
  });

  it('has no bank holidays for a year outside it (weekends still count)', () => {
    const cal = createCalendar();
    expect(cal.bankHolidays(HOLIDAY_YEARS.from - 1)).toEqual([]);
    expect(cal.isWorkingDay(`${HOLIDAY_YEARS.to + 1}-12-25`)).toBe(
      new Date(`${HOLIDAY_YEARS.to + 1}-12-25T12:00:00Z`).getUTCDay() % 6 !== 0,
    );
  });

  it('gives the same calendar as date-holidays itself', () => {
    const shipped = createCalendar();
    const live = createCalendar([], dateHolidaysSource);
    for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
      expect(shipped.bankHolidays(year), String(year)).toEqual(live.bankHolidays(year));
    }
  });
});
