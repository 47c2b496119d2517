/** The instants at which the London clock shows a time, across the clock changes (lib/dates.ts). */
import { describe, expect, it } from 'vitest';
import { londonClock, londonTimeOn, nextLondonMidnight, todayInLondon } from '@/lib/dates';

const iso = (ms: number) => new Date(ms).toISOString();

describe('London times', () => {
  it('finds the next midnight in London across the clock changes', () => {
    // Sat 28 Mar 2026 (GMT) → midnight starting Sun 29 Mar is 00:00 GMT.
    expect(new Date(nextLondonMidnight(Date.parse('2026-03-28T12:00:00Z'))).toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    // Sun 29 Mar 2026 is BST from 01:00 GMT → midnight starting Mon 30 Mar is 23:00 GMT.
    expect(new Date(nextLondonMidnight(Date.parse('2026-03-29T12:00:00Z'))).toISOString()).toBe(
      '2026-03-29T23:00:00.000Z',
    );
    // 23:30 GMT on 29 Mar is already 00:30 on 30 Mar in London.
    expect(new Date(nextLondonMidnight(Date.parse('2026-03-29T23:30:00Z'))).toISOString()).toBe(
      '2026-03-30T23:00:00.000Z',
    );
    // Sun 25 Oct 2026 BST ends → midnight starting Mon 26 Oct is 00:00 GMT.
    expect(new Date(nextLondonMidnight(Date.parse('2026-10-25T10:00:00Z'))).toISOString()).toBe(
      '2026-10-26T00:00:00.000Z',
    );
  });

  it('finds hh:mm on a London date, in GMT and in BST', () => {
    expect(iso(londonTimeOn('2026-01-15', '09:00'))).toBe('2026-01-15T09:00:00.000Z');
    expect(iso(londonTimeOn('2026-07-15', '09:00'))).toBe('2026-07-15T08:00:00.000Z');
    // The day the clocks go forward: 09:00 is already BST.
    expect(iso(londonTimeOn('2026-03-29', '09:00'))).toBe('2026-03-29T08:00:00.000Z');
    // The day the clocks go back: 00:30 is still BST, 09:00 is GMT again.
    expect(iso(londonTimeOn('2026-10-25', '00:30'))).toBe('2026-10-24T23:30:00.000Z');
    expect(iso(londonTimeOn('2026-10-25', '09:00'))).toBe('2026-10-25T09:00:00.000Z');
    // A time the clocks skip (01:30 on 29 Mar) is read an hour on, 02:30 BST; the hour that comes
    // twice (01:30 on 25 Oct) is its second, GMT one: as @date-fns/tz's TZDate gave them.
    expect(iso(londonTimeOn('2026-03-29', '01:30'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(londonTimeOn('2026-10-25', '01:30'))).toBe('2026-10-25T01:30:00.000Z');
  });

  it('gives the London date of an instant, which is a day ahead of UTC late at night in summer', () => {
    expect(todayInLondon(new Date('2026-06-01T22:30:00Z'))).toBe('2026-06-01');
    expect(todayInLondon(new Date('2026-06-01T23:30:00Z'))).toBe('2026-06-02');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('reads the London clock with Temporal where the browser has it, with Intl otherwise', () => {
    const asked: Array<[number, string]> = [];
    const wall = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 5 };
    const temporal = {
      Instant: {
        fromEpochMilliseconds: (ms: number) => ({
          toZonedDateTimeISO: (zone: string) => (asked.push([ms, zone]), wall),
        }),
      },
    };
    const at = Date.parse('2026-03-29T01:30:05Z');
    expect(londonClock(at, { Temporal: temporal })).toEqual(wall);
    expect(asked).toEqual([[at, 'Europe/London']]);
    // Without it (Node 20 has none): the same wall clock, from Intl's time zone data.
    expect(londonClock(at, {})).toEqual(wall);
  });
});
