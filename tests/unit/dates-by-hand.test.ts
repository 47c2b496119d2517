/**
 * The service worker writes and adds dates by hand (no date-fns locale data in it): the results
 * must be those date-fns gives, over every day of several years, month ends and leap years.
 */
import { TZDate } from '@date-fns/tz';
import { addMonths, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, formatDate } from '@/lib/calendar';
import { LONDON, todayInLondon } from '@/lib/dates';
import { addCalendarMonths } from '@/lib/deadlines';

const days: string[] = [];
for (let d = '1999-12-01'; d <= '2029-03-01'; d = addCalendarDays(d, 1)) days.push(d);

describe('dates written and added by hand', () => {
  it('formatDate gives what date-fns gives for "d MMM yyyy"', () => {
    for (const d of days) expect(formatDate(d)).toBe(format(parseISO(d), 'd MMM yyyy'));
  });

  it('addCalendarMonths gives what date-fns addMonths gives, ends of months clamped', () => {
    for (const d of days.filter(
      (x) => x.endsWith('-01') || (x >= '2023-12-25' && x <= '2024-03-31') || x.slice(8) >= '28',
    ))
      for (const n of [-25, -13, -12, -1, 0, 1, 2, 11, 12, 13, 24, 48])
        expect(addCalendarMonths(d, n), `${d} + ${n}`).toBe(
          format(addMonths(parseISO(d), n), 'yyyy-MM-dd'),
        );
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
  });

  it('addCalendarMonths refuses what is not a real date', () => {
    expect(() => addCalendarMonths('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarMonths('30/01/2025', 1)).toThrow(RangeError);
  });

  it("todayInLondon gives London's date, across the clock changes and midnight", () => {
    const instants = [
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
      '2026-06-30T23:30:00Z',
      '2026-07-01T00:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-12-31T23:59:59Z',
      '2027-01-01T00:00:00Z',
    ];
    for (const t of instants) {
      const now = new Date(t);
      expect(todayInLondon(now), t).toBe(format(new TZDate(now.getTime(), LONDON), 'yyyy-MM-dd'));
    }
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
});
