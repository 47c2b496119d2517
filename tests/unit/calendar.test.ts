import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  createCalendar,
  isRealDate,
  officialHolidays,
  subCalendarDays,
} from '@/lib/calendar';
import { todayInLondon } from '@/lib/dates';
import { dateHolidaysSource } from './calendar.date-holidays';

/** GOV.UK's england-and-wales dates, 2019-2027 (a copy of the shared reference data). */
const GOV_UK = readFileSync(
  fileURLToPath(new URL('../fixtures/bank-holidays-england-and-wales.txt', import.meta.url)),
  'utf8',
)
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => /^\d{4}-\d{2}-\d{2}$/.test(l));

const cal = createCalendar();
/** The same rules applied to date-holidays itself rather than the shipped table. */
const liveCal = createCalendar([], dateHolidaysSource);

function weekdaysOf(year: number): string[] {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addCalendarDays(d, 1)) {
    const day = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) out.push(d);
  }
  return out;
}

describe('bank holidays against GOV.UK (england-and-wales, 2019-2027)', () => {
  it('reads the fixture', () => {
    expect(GOV_UK.length).toBeGreaterThan(70);
    expect(GOV_UK[0]).toBe('2019-01-01');
  });

  for (let year = 2019; year <= 2027; year++) {
    it(`${year}: exactly the GOV.UK dates are holidays, and no other weekday`, () => {
      const expected = GOV_UK.filter((d) => d.startsWith(`${year}-`));
      expect(cal.bankHolidays(year)).toEqual(expected);
      expect(liveCal.bankHolidays(year)).toEqual(expected);
      const holidays = new Set(expected);
      for (const d of weekdaysOf(year)) {
        expect(cal.isWorkingDay(d), d).toBe(!holidays.has(d));
        expect(liveCal.isWorkingDay(d), d).toBe(!holidays.has(d));
      }
    });
  }

  it.each([
    ['2022-06-03', 'Platinum Jubilee'],
    ['2022-09-19', 'State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'Coronation of King Charles III'],
    ['2020-05-08', 'VE Day (early May bank holiday moved)'],
    ['2020-12-28', 'Boxing Day substitute'],
    ['2021-12-27', 'Christmas Day substitute'],
    ['2021-12-28', 'Boxing Day substitute'],
    ['2022-01-03', "New Year's Day substitute"],
    ['2022-12-27', 'Christmas Day substitute'],
    ['2023-01-02', "New Year's Day substitute"],
    ['2026-12-28', 'Boxing Day substitute'],
    ['2027-12-27', 'Christmas Day substitute'],
    ['2027-12-28', 'Boxing Day substitute'],
  ])('%s (%s) is not a working day', (date) => {
    expect(cal.isWorkingDay(date)).toBe(false);
    expect(GOV_UK).toContain(date);
  });

  it('leaves out observances such as Mothering Sunday, and weekend dates that have a substitute', () => {
    const raw = dateHolidaysSource(2021);
    // date-holidays lists Christmas Day 2021 (a Saturday) as well as its substitute.
    expect(raw.some((h) => h.date.startsWith('2021-12-25'))).toBe(true);
    expect(liveCal.bankHolidays(2021)).not.toContain('2021-12-25');
    expect(liveCal.bankHolidays(2021)).toContain('2021-12-27');
    expect(
      officialHolidays([
        { date: '2021-03-15 00:00:00', type: 'observance' },
        { date: '2021-03-16 00:00:00', type: 'optional' },
        { date: '2021-03-17 00:00:00', type: 'school' },
        { date: '2021-03-18 00:00:00', type: 'bank' },
        { date: '2021-03-19 00:00:00', type: 'public' },
        { date: '2021-03-20 00:00:00', type: 'public' },
      ]),
    ).toEqual(['2021-03-18', '2021-03-19']);
  });

  it('works each year out once and keeps it', () => {
    let calls = 0;
    const counting = createCalendar([], (year) => {
      calls += 1;
      return dateHolidaysSource(year);
    });
    counting.isWorkingDay('2024-12-25');
    counting.isWorkingDay('2024-12-26');
    counting.addWorkingDays('2024-12-20', 5);
    expect(calls).toBe(1);
    counting.isWorkingDay('2025-01-01');
    expect(calls).toBe(2);
  });
});

describe('council closure days', () => {
  const closures = createCalendar(['2023-12-27', '2023-12-28', '2023-12-29', 'not a date']);

  it('are not working days, on top of bank holidays', () => {
    expect(cal.isWorkingDay('2023-12-27')).toBe(true);
    expect(closures.isWorkingDay('2023-12-27')).toBe(false);
    expect(closures.isWorkingDay('2023-12-25')).toBe(false);
    expect(closures.closureDays()).toEqual(['2023-12-27', '2023-12-28', '2023-12-29']);
    expect(closures.bankHolidays(2023)).toEqual(cal.bankHolidays(2023));
  });

  it('push working-day deadlines past them', () => {
    expect(cal.addWorkingDays('2023-12-22', 2)).toBe('2023-12-28');
    expect(closures.addWorkingDays('2023-12-22', 2)).toBe('2024-01-03');
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2024-03-04', 2, '2024-03-06', 'Monday + 2 → Wednesday'],
    ['2024-03-08', 2, '2024-03-12', 'Friday + 2 → Tuesday'],
    ['2024-03-09', 2, '2024-03-12', 'Saturday + 2 → Tuesday (the day itself never counts)'],
    ['2024-03-10', 1, '2024-03-11', 'Sunday + 1 → Monday'],
    ['2023-12-22', 2, '2023-12-28', 'Friday 22 Dec 2023 → Thursday 28 Dec'],
    ['2024-03-28', 1, '2024-04-02', 'over Good Friday and Easter Monday'],
    ['2026-12-24', 2, '2026-12-30', 'over Christmas 2026 and the Boxing Day substitute'],
    ['2021-12-24', 1, '2021-12-29', 'Christmas 2021 with two substitute days'],
    ['2021-12-31', 1, '2022-01-04', 'New Year 2022 with its substitute day'],
    ['2024-03-29', 3, '2024-04-04', 'from a bank holiday'],
    ['2024-03-04', 0, '2024-03-04', 'zero days'],
    ['2024-03-06', -2, '2024-03-04', 'backwards'],
    ['2024-04-02', -1, '2024-03-28', 'backwards over Easter'],
  ])('%s + %i = %s (%s)', (from, n, expected) => {
    expect(cal.addWorkingDays(from, n)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => cal.addWorkingDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2023-13-01')).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2024-03-04', '2024-03-04', 0],
    ['2024-03-04', '2024-03-05', 1],
    ['2024-03-08', '2024-03-11', 1],
    ['2024-03-08', '2024-03-10', 0],
    ['2024-03-28', '2024-04-02', 1],
    ['2023-12-22', '2023-12-28', 2],
    ['2024-03-11', '2024-03-08', -1],
    ['2024-04-02', '2024-03-28', -1],
  ])('%s → %s = %i', (from, to, n) => {
    expect(cal.workingDaysBetween(from, to)).toBe(n);
  });

  it('is the inverse of addWorkingDays from a working day', () => {
    for (let d = '2026-11-02'; d < '2027-01-31'; d = addCalendarDays(d, 1)) {
      if (!cal.isWorkingDay(d)) continue;
      for (const n of [1, 2, 3, 10]) {
        expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n);
      }
    }
  });
});

describe('calendar days across the clock changes', () => {
  it.each([
    ['2024-03-30', 1, '2024-03-31'],
    ['2024-03-31', 1, '2024-04-01'],
    ['2024-03-30', 2, '2024-04-01'],
    ['2024-10-26', 1, '2024-10-27'],
    ['2024-10-27', 1, '2024-10-28'],
    ['2024-10-26', 7, '2024-11-02'],
    ['2025-03-29', 28, '2025-04-26'],
    ['2025-10-25', 41, '2025-12-05'],
  ])('%s + %i days = %s', (from, n, expected) => {
    expect(addCalendarDays(from, n)).toBe(expected);
    expect(subCalendarDays(expected, n)).toBe(from);
  });

  it('counts working days over the clock change weekend', () => {
    expect(cal.addWorkingDays('2024-03-29', 1)).toBe('2024-04-02'); // Good Friday, then Easter Monday
    expect(cal.addWorkingDays('2024-10-25', 1)).toBe('2024-10-28');
    expect(cal.workingDaysBetween('2024-10-25', '2024-10-28')).toBe(1);
  });

  it('gives the same answers whatever time zone the machine is in', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['Europe/London', 'America/Los_Angeles', 'Pacific/Auckland', 'UTC']) {
        process.env.TZ = tz;
        const c = createCalendar();
        expect(addCalendarDays('2024-03-30', 1), tz).toBe('2024-03-31');
        expect(addCalendarDays('2024-10-27', 1), tz).toBe('2024-10-28');
        expect(c.addWorkingDays('2023-12-22', 2), tz).toBe('2023-12-28');
        expect(c.isWorkingDay('2024-03-31'), tz).toBe(false);
        expect(c.bankHolidays(2026), tz).toEqual(cal.bankHolidays(2026));
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe("today's date in London around midnight", () => {
  it.each([
    // GMT (winter): London is UTC.
    ['2024-01-15T23:59:59Z', '2024-01-15'],
    ['2024-01-16T00:00:00Z', '2024-01-16'],
    // BST (summer): London is UTC+1, so the date changes at 23:00 UTC.
    ['2024-07-15T22:59:59Z', '2024-07-15'],
    ['2024-07-15T23:00:00Z', '2024-07-16'],
    // The night the clocks go forward (01:00 UTC on 31 Mar 2024) and back (01:00 UTC on 27 Oct 2024).
    ['2024-03-30T23:59:59Z', '2024-03-30'],
    ['2024-03-31T00:00:00Z', '2024-03-31'],
    ['2024-03-31T22:59:59Z', '2024-03-31'],
    ['2024-03-31T23:00:00Z', '2024-04-01'],
    ['2024-10-26T22:59:59Z', '2024-10-26'],
    ['2024-10-26T23:00:00Z', '2024-10-27'],
    ['2024-10-27T23:59:59Z', '2024-10-27'],
    ['2024-10-28T00:00:00Z', '2024-10-28'],
  ])('%s is %s in London', (instant, date) => {
    expect(todayInLondon(new Date(instant))).toBe(date);
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-4-1', false],
    ['01/04/2023', false],
    ['', false],
    [20230401, false],
  ])('%s → %s', (value, ok) => {
    expect(isRealDate(value)).toBe(ok);
  });
});
