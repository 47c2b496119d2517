import { describe, expect, it } from 'vitest';
import { storedName, toInitials } from '@/lib/cases/input';
import { purgeClosed, withNextDue } from '@/lib/db/cases';
import { cal, dbPerTest, record } from './helpers';

/** A fresh database of its own on each call, closed after the test. */
const db = dbPerTest();

describe('purgeClosed', () => {
  const TODAY = '2024-06-30';

  async function seeded() {
    const d = db();
    await d.cases.bulkPut(
      [
        record('ras', { id: 'open-old', allocated: '2020-01-01' }),
        record('ras', { id: 'closed-91', allocated: '2024-01-01', closedOn: '2024-03-31' }),
        record('ras', { id: 'closed-90', allocated: '2024-01-01', closedOn: '2024-04-01' }),
        record('ras', { id: 'closed-10', allocated: '2024-01-01', closedOn: '2024-06-20' }),
        record('carers-review', {
          id: 'closed-years',
          allocated: '2019-01-01',
          closedOn: '2019-02-01',
        }),
      ].map((r) => withNextDue(r, cal)),
    );
    return d;
  }

  it('deletes only closed cases closed more than the set number of days ago (default 90)', async () => {
    const d = await seeded();
    expect(await purgeClosed(d, 90, TODAY)).toBe(2);
    expect((await d.cases.toCollection().primaryKeys()).sort()).toEqual([
      'closed-10',
      'closed-90',
      'open-old',
    ]);
    expect(await purgeClosed(d, 90, TODAY)).toBe(0);
  });

  it('follows the setting', async () => {
    const d = await seeded();
    expect(await purgeClosed(d, 5, TODAY)).toBe(4);
    expect(await d.cases.toCollection().primaryKeys()).toEqual(['open-old']);
  });

  it('never deletes an open case, however old', async () => {
    const d = await seeded();
    await purgeClosed(d, 1, '2099-01-01');
    expect(await d.cases.toCollection().primaryKeys()).toEqual(['open-old']);
  });

  it('refuses a nonsense number of days or date, deleting nothing', async () => {
    const d = await seeded();
    await expect(purgeClosed(d, 0, TODAY)).rejects.toThrow(/whole number, 1 or more/);
    await expect(purgeClosed(d, 1.5, TODAY)).rejects.toThrow(/whole number/);
    await expect(purgeClosed(d, 90, '30/06/2024')).rejects.toThrow(/real date/);
    expect(await d.cases.count()).toBe(5);
  });
});

describe('names', () => {
  it.each([
    ['Timothy Guide', 'T. G.'],
    ['  mary   jane  smith ', 'M. J. S.'],
    ["Siobhán O'Brien-Murphy", 'S. O.'],
    ['Żaneta Łukasik', 'Ż. Ł.'],
    ['T. G.', 'T. G.'],
    ['(Tim) Guide', 'T. G.'],
    ['', ''],
  ])('%s → %s', (name, initials) => {
    expect(toInitials(name)).toBe(initials);
  });

  it('are stored as given, tidied, or as initials by the setting', () => {
    expect(storedName('  Timothy   Guide ', false)).toBe('Timothy Guide');
    expect(storedName('Timothy Guide', true)).toBe('T. G.');
  });
});
