import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '@/lib/calendar';
import {
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  exportJson,
  importCases,
  parseCsvImport,
  parseJsonImport,
} from '@/lib/cases/io';
import { CASE_KINDS } from '@/lib/cases/types';
import { addCase, listCases, tickTask, withNextDue } from '@/lib/db/cases';
import { cal, ctx, dbPerTest, record } from '../db/helpers';
import { TODAY, caseload, fill } from './caseload';

/** A fresh database of its own on each call, closed after the test. */
const db = dbPerTest();

describe('JSON backup', () => {
  it('round-trips exactly: export, wipe, import gives back the same caseload', async () => {
    const d = db();
    await fill(d);
    const res = await addCase(
      d,
      { personId: '2000', name: 'Added By Hand', kind: 'ras', allocated: '2024-03-04' },
      ctx(TODAY),
    );
    if (!res.ok) throw new Error('not added');
    await tickTask(d, res.record.id, 'check-front-page', TODAY, ctx(TODAY));
    const before = (await listCases(d)).records;
    const text = exportJson(before, TODAY);
    expect(JSON.parse(text)).toMatchObject({
      format: 'mosaic-companion-cases',
      version: EXPORT_VERSION,
      exportedOn: TODAY,
    });

    await d.cases.clear();
    const parsed = parseJsonImport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await importCases(d, parsed.records, ctx(TODAY))).toEqual({
      added: before.length,
      replaced: 0,
    });
    const after = (await listCases(d)).records;
    expect(after).toEqual(before);
    expect(exportJson(after, TODAY)).toBe(text);
  });

  it('reads 10,000 cases', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      withNextDue(
        record(CASE_KINDS[i % 4], {
          id: `c${i}`,
          personId: String(i + 1),
          allocated: addCalendarDays('2024-01-01', i % 365),
          reviewDate: null,
        }),
        cal,
      ),
    );
    const parsed = parseJsonImport(exportJson(many, TODAY));
    expect(parsed.ok && parsed.records.length).toBe(10_000);
  }, 60_000);

  it.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['someone else’s JSON', '{"cases": []}', /not a Mosaic Companion backup/],
    [
      'a file from a newer version',
      JSON.stringify({
        format: 'mosaic-companion-cases',
        version: EXPORT_VERSION + 1,
        exportedOn: TODAY,
        cases: [],
      }),
      /newer version of Mosaic Companion \(file version 2; this version reads up to 1\)/,
    ],
    [
      'a damaged header',
      JSON.stringify({ format: 'mosaic-companion-cases', version: 'one', cases: [] }),
      /damaged/,
    ],
  ])('refuses %s', (_label, text, message) => {
    const res = parseJsonImport(text);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]).toMatch(message);
  });

  it('names the case and the problem: wrong types, missing fields, unknown tasks, duplicates', () => {
    const [a, b, c] = caseload();
    const cases = [
      a,
      { ...b, personId: 1002 },
      { ...c, allocated: '2024-02-30' },
      { ...a, id: 'x1', kind: 'ras', done: { 'touch-point': '2024-03-01' } },
      a,
      { ...a, id: 'x2' },
      (({ name: _n, ...rest }) => rest)(b),
    ];
    const res = parseJsonImport(
      JSON.stringify({ format: 'mosaic-companion-cases', version: 1, exportedOn: TODAY, cases }),
    );
    expect(res).toEqual({
      ok: false,
      errors: [
        'Case 2: The Mosaic ID must be digits only, up to 12 of them.',
        'Case 3 (Mosaic ID 1003): The date of allocation must be a real date written yyyy-mm-dd.',
        'Case 4 (Mosaic ID 1001): "touch-point" is not a task of a RAS assessment case.',
        'Case 5 (Mosaic ID 1001): it has the same case id as case 1.',
        'Case 6 (Mosaic ID 1001): it repeats case 1 (the same Mosaic ID, case type and dates).',
        'Case 7 (Mosaic ID 1002): The name is missing.',
      ],
    });
  });

  it('names a ticked task with a date that does not exist', () => {
    const [a] = caseload();
    const res = parseJsonImport(
      JSON.stringify({
        format: 'mosaic-companion-cases',
        version: 1,
        exportedOn: TODAY,
        cases: [{ ...a, done: { 'check-front-page': '2024-13-01' } }],
      }),
    );
    expect(res).toEqual({
      ok: false,
      errors: [
        'Case 1 (Mosaic ID 1001): The date ticked for "check-front-page" must be a real date written yyyy-mm-dd.',
      ],
    });
  });

  it('refuses a file over 10 MB', () => {
    const big = ' '.repeat(MAX_IMPORT_BYTES + 1);
    const res = parseJsonImport(big);
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.errors).toEqual([
        'The file is larger than 10 MB, so it was not imported. Nothing was changed.',
      ]);
    const multiByte = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1); // fewer characters than bytes
    expect(parseCsvImport(multiByte).ok).toBe(false);
  });

  it('a refused file changes nothing stored', async () => {
    const d = db();
    const before = await fill(d);
    const good = caseload().map((r) => ({ ...r, name: 'Changed' }));
    const bad = [...good, { ...good[0], id: 'new', personId: 'abc' }];
    const res = parseJsonImport(
      JSON.stringify({
        format: 'mosaic-companion-cases',
        version: 1,
        exportedOn: TODAY,
        cases: bad,
      }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) await importCases(d, res.records, ctx(TODAY));
    expect((await listCases(d)).records).toEqual(before);
  });
});
