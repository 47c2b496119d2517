import { describe, expect, it } from 'vitest';
import { todayInLondon } from '@/lib/dates';
import { countsInWords, money, plainAmount, toIsoDate } from '@/lib/sidebar/format';

describe('sidebar text helpers', () => {
  it('gives today in London, not UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(todayInLondon(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    // In winter London is on UTC.
    expect(todayInLondon(new Date('2025-01-31T23:30:00Z'))).toBe('2025-01-31');
  });

  it('turns Mosaic dates into yyyy-mm-dd and refuses impossible ones', () => {
    expect(toIsoDate('05/03/2026')).toBe('2026-03-05');
    expect(toIsoDate(' 5/3/2026 ')).toBe('2026-03-05');
    expect(toIsoDate('2026-03-05')).toBe('2026-03-05');
    expect(toIsoDate('31/02/2026')).toBeNull();
    expect(toIsoDate('next year')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });

  it('writes amounts as plain numbers of pounds for the DOM hooks', () => {
    expect(plainAmount(600)).toBe('600');
    expect(plainAmount(412.5)).toBe('412.5');
    expect(plainAmount(0.1 + 0.2)).toBe('0.3');
    expect(plainAmount(null)).toBe('');
    expect(money(1200.5)).toBe('£1,200.50');
  });

  it('writes amounts for people in pounds and pence, as en-GB currency does', () => {
    for (const n of [0, 0.5, 1, 12.34, 600, 999.999, 1000, 1200.5, 1234567.891, -5, -1200.5]) {
      const byLocale = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
      expect(money(n)).toBe(byLocale.format(Math.round(n * 100) / 100));
    }
  });

  it('puts counts into words', () => {
    expect(countsInWords(0, 0, 0)).toBe('no problems');
    expect(countsInWords(1, 0, 0)).toBe('1 error');
    expect(countsInWords(2, 1, 0)).toBe('2 errors and 1 warning');
    expect(countsInWords(2, 3, 1)).toBe('2 errors, 3 warnings and 1 piece of advice');
  });
});
