import { describe, expect, it } from 'vitest';
import { allocationFromStamps, parseStampDate, readStamps } from '@/lib/steps/stamps';

describe('a step’s date stamps', () => {
  it('reads both forms Mosaic shows', () => {
    expect(parseStampDate('24/11/2026')).toBe('2026-11-24');
    expect(parseStampDate('4/3/2027')).toBe('2027-03-04');
    expect(parseStampDate('24 Nov 2026')).toBe('2026-11-24');
    expect(parseStampDate('1 September 2026')).toBe('2026-09-01');
    expect(parseStampDate('1 Sept 2026')).toBe('2026-09-01');
  });

  it('refuses dates that do not exist and other forms', () => {
    for (const bad of [
      '31/02/2026',
      '29/02/2027',
      '24 Foo 2026',
      '2026-11-24',
      '24/11/26',
      '24 Nov',
      '',
      '11/24/2026',
    ])
      expect(parseStampDate(bad), bad).toBeNull();
    expect(parseStampDate('29/02/2028')).toBe('2028-02-29');
  });

  it('finds the stamps in a status strip, and the date of allocation: Allocated, else Incoming, else Started', () => {
    const strip =
      'Status: In progress  Incoming 20/11/2026  Allocated: 24 Nov 2026  Started 25/11/2026';
    expect(readStamps(strip)).toEqual({
      Incoming: '2026-11-20',
      Allocated: '2026-11-24',
      Started: '2026-11-25',
    });
    expect(allocationFromStamps(strip)).toEqual({ date: '2026-11-24', label: 'Allocated' });
    expect(allocationFromStamps('Incoming\n20/11/2026\nStarted\n25/11/2026')).toEqual({
      date: '2026-11-20',
      label: 'Incoming',
    });
    expect(allocationFromStamps('Started on 25 Nov 2026')).toEqual({
      date: '2026-11-25',
      label: 'Started',
    });
  });

  it('shows nothing when the page has no stamp, or only a bad one', () => {
    expect(allocationFromStamps('RAS assessment : Jane Doe (123) Save Finish')).toBeNull();
    expect(allocationFromStamps('Allocated 31/02/2026')).toBeNull();
    expect(allocationFromStamps('Reallocated 24/11/2026')).toBeNull();
  });
});
