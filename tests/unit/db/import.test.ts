import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCalendarDays } from '@/lib/calendar';
import { exportJson, parseJsonImport } from '@/lib/cases/io';
import { CASE_KINDS, CaseRecordSchema, type CaseRecord } from '@/lib/cases/types';
import { withNextDue } from '@/lib/db/cases';
import { importCases } from '@/lib/db/import';
import { cal, ctx, dbPerTest, record } from './helpers';

/** A fresh database of its own on each call, closed after the test. */
const db = dbPerTest();
afterEach(() => {
  vi.restoreAllMocks();
});

const TODAY = '2024-03-04';

describe('importCases, given plain rows', () => {
  function many(n: number): CaseRecord[] {
    return Array.from({ length: n }, (_, i) =>
      withNextDue(
        record(CASE_KINDS[i % 4], {
          id: `case-${i}`,
          personId: String(100000 + i),
          allocated: addCalendarDays('2024-01-01', i % 300),
          reviewDate: i % 4 === 3 ? addCalendarDays('2025-01-01', i % 300) : null,
        }),
        cal,
      ),
    );
  }

  it('stores 10,000 cases in one transaction, then replaces them by id', async () => {
    const d = db();
    const records = many(10_000);
    const transaction = vi.spyOn(d, 'transaction');
    expect(await importCases(d, records, ctx(TODAY))).toEqual({ added: 10_000, replaced: 0 });
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await d.cases.count()).toBe(10_000);
    expect(await importCases(d, records.slice(0, 10), ctx(TODAY))).toEqual({
      added: 0,
      replaced: 10,
    });
    expect(await d.cases.count()).toBe(10_000);
  });

  it('stores nothing when one case is bad', async () => {
    const d = db();
    await d.cases.put(withNextDue(record('ras', { id: 'kept', allocated: '2024-01-01' }), cal));
    const records = many(50);
    const bad = [...records, { ...records[0], id: 'bad', personId: 'abc' }] as CaseRecord[];
    await expect(importCases(d, bad, ctx(TODAY))).rejects.toThrow(/Case 51 is not a valid case/);
    const dup = [...records, records[3]];
    await expect(importCases(d, dup, ctx(TODAY))).rejects.toThrow(
      /Case 51 repeats an earlier case/,
    );
    expect(await d.cases.toCollection().primaryKeys()).toEqual(['kept']);
  });

  it('rolls the whole import back when the write fails part way', async () => {
    const d = db();
    const records = many(20);
    const realBulkPut = d.cases.bulkPut.bind(d.cases);
    const failing = async (items: readonly unknown[]) => {
      await realBulkPut(items.slice(0, 10) as unknown[]);
      throw new Error('disk full');
    };
    vi.spyOn(d.cases, 'bulkPut').mockImplementation(failing as unknown as typeof d.cases.bulkPut);
    await expect(importCases(d, records, ctx(TODAY))).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await d.cases.count()).toBe(0);
  });

  it('applies the initials setting and recomputes nextDue', async () => {
    const d = db();
    const r = record('ras', { allocated: '2024-03-01', nextDue: '1999-01-01' });
    await importCases(d, [r], ctx(TODAY, { initialsOnly: true }));
    expect(await d.cases.get(r.id)).toEqual({ ...r, name: 'T. G.', nextDue: '2024-03-05' });
  });
});

describe("importCases, given the import's checked cases", () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      record(CASE_KINDS[i % 4], {
        id: `case-${i}`,
        personId: String(100000 + i),
        allocated: addCalendarDays('2024-01-01', i % 300),
        reviewDate: i % 4 === 3 ? addCalendarDays('2025-01-01', i % 300) : null,
        nextDue: null,
      }),
    );

  it('stores them without checking each row again, with nextDue made right', async () => {
    const d = db();
    const parsed = parseJsonImport(exportJson(rows(40), TODAY));
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    const parse = vi.spyOn(CaseRecordSchema, 'safeParse');
    expect(await importCases(d, parsed.records, ctx(TODAY))).toEqual({ added: 40, replaced: 0 });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    const byId = (a: CaseRecord, b: CaseRecord) => a.id.localeCompare(b.id);
    const stored = (await d.cases.toArray()) as CaseRecord[];
    expect(stored.sort(byId)).toEqual(
      rows(40)
        .map((r) => withNextDue(r, cal))
        .sort(byId),
    );
  });

  it('checks the same rows as plain data, and stores the same', async () => {
    const checked = db();
    const plain = db();
    const parsed = parseJsonImport(exportJson(rows(12), TODAY));
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    await importCases(checked, parsed.records, ctx(TODAY, { initialsOnly: true }));
    const parse = vi.spyOn(CaseRecordSchema, 'safeParse');
    await importCases(plain, [...parsed.records.rows], ctx(TODAY, { initialsOnly: true }));
    expect(parse).toHaveBeenCalledTimes(12);
    expect(await plain.cases.toArray()).toEqual(await checked.cases.toArray());
  });
});
