import { afterEach, describe, expect, it } from 'vitest';
import { addCalendarDays } from '@/lib/calendar';
import {
  CSV_COLUMNS,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  exportCsv,
  exportIcs,
  exportJson,
  foldLine,
  importCases,
  parseCsvImport,
  parseJsonImport,
} from '@/lib/cases/io';
import { CASE_KINDS, type CaseRecord } from '@/lib/cases/types';
import { caseView } from '@/lib/deadlines';
import type { CaseDb } from '@/lib/db';
import { addCase, listCases, listCaseViews, tickTask, withNextDue } from '@/lib/db/cases';
import { cal, ctx, freshDb, record } from '../db/helpers';

const opened: CaseDb[] = [];
function db(): CaseDb {
  const { db } = freshDb();
  opened.push(db);
  return db;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const TODAY = '2024-03-04';

function caseload(): CaseRecord[] {
  return [
    withNextDue(
      record('ras', {
        id: 'r1',
        personId: '1001',
        name: 'Timothy Guide',
        allocated: '2024-03-01',
        done: { 'initial-contact': '2024-03-02' },
      }),
      cal,
    ),
    withNextDue(
      record('reablement', {
        id: 'r2',
        personId: '1002',
        name: 'Anne "Nan" O\'Neil, Jr',
        allocated: '2024-02-01',
        homeVisit: '2024-02-05',
        serviceStart: '2024-02-12',
        ongoingCare: false,
      }),
      cal,
    ),
    withNextDue(
      record('reablement', {
        id: 'r3',
        personId: '1003',
        name: '=HYPERLINK("x")',
        allocated: '2024-02-01',
        ongoingCare: null,
      }),
      cal,
    ),
    withNextDue(
      record('carers-assessment', {
        id: 'r4',
        personId: '1004',
        name: 'Zoë Żółć',
        allocated: '2024-01-10',
        oneOffPayment: true,
        closedOn: '2024-02-01',
      }),
      cal,
    ),
    withNextDue(
      record('carers-review', {
        id: 'r5',
        personId: '1005',
        name: 'Line\nBreak',
        allocated: '2024-01-10',
        reviewDate: null,
      }),
      cal,
    ),
  ];
}

async function fill(d: CaseDb, records = caseload()) {
  await importCases(d, records, ctx(TODAY));
  return (await listCases(d)).records;
}

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

describe('CSV', () => {
  it('writes the documented columns, one row per case, spreadsheet-safe', () => {
    const text = exportCsv(caseload());
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(7); // header, 5 cases, final empty line
    expect(lines[1]).toBe(
      'r1,1001,Timothy Guide,ras,2024-03-01,,,,no,,initial-contact=2024-03-02,,2024-01-01,2024-03-05',
    );
    expect(text).toContain('"Anne ""Nan"" O\'Neil, Jr"');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain('"Line\nBreak"');
  });

  it('round-trips through its own export', () => {
    const records = caseload();
    const res = parseCsvImport(exportCsv(records), TODAY);
    expect(res.ok && res.records.rows).toEqual(records);
  });

  it('reads a hand-made sheet: labels as headers, UK dates, case type names, few columns', () => {
    const text =
      '\uFEFFMosaic ID,Name,Case type,Date of allocation,Ongoing care needed\n123,Ann Smith,Reablement assessment,01/03/2024,yes\n456,Bob Jones,ras,2024-03-04,\n\n';
    const res = parseCsvImport(text, TODAY);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.records).toHaveLength(2);
    expect(res.records.rows[0]).toMatchObject({
      personId: '123',
      name: 'Ann Smith',
      kind: 'reablement',
      allocated: '2024-03-01',
      ongoingCare: true,
      createdOn: TODAY,
      done: {},
    });
    expect(res.records.rows[1]).toMatchObject({
      personId: '456',
      kind: 'ras',
      allocated: '2024-03-04',
      ongoingCare: null,
    });
    expect(res.records.rows[0].id).not.toBe(res.records.rows[1].id);
  });

  it.each([
    [
      'missing columns',
      'name,allocated\nAnn,2024-03-01\n',
      [
        'The file has no "personId", "kind" columns. The first row must name the columns (see the list in the guide).',
      ],
    ],
    [
      'an unknown column',
      'personId,name,kind,colour\n1,Ann,ras,red\n',
      ['Column 4 ("colour") is not one this extension knows.'],
    ],
    [
      'a row of the wrong length',
      'personId,name,kind\n1,Ann,ras\n2,Bob\n',
      ['Row 3 has 2 values but the first row names 3 columns.'],
    ],
    [
      'an unclosed quote',
      'personId,name,kind\n1,"Ann,ras\n',
      ['Row 2 has a quotation mark that is never closed. Nothing was imported.'],
    ],
    ['a header with no rows', 'personId,name,kind\n', ['The file has a header row but no cases.']],
    ['an empty file', '', ['The file is empty.']],
    [
      'wrong types and duplicates',
      'personId,name,kind,allocated,oneOffPayment\n1,Ann,ras,2024-03-01,no\nx,Bob,ras,2024-03-01,no\n3,Cy,ras,31/02/2024,maybe\n1,Ann again,ras,2024-03-01,no\n',
      [
        'Row 3: The Mosaic ID must be digits only, up to 12 of them.',
        "Row 4 (Mosaic ID 3): The date of allocation must be a real date written yyyy-mm-dd; the one-off carer's payment must be yes or no.",
        'Row 5 (Mosaic ID 1): it repeats row 2 (the same Mosaic ID, case type and dates).',
      ],
    ],
  ])('refuses %s, naming the row', (_label, text, errors) => {
    expect(parseCsvImport(text, TODAY)).toEqual({ ok: false, errors });
  });

  it('lists at most 20 problems and counts the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `x${i},Ann,ras`).join('\n');
    const res = parseCsvImport(`personId,name,kind\n${rows}\n`, TODAY);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors).toHaveLength(21);
    expect(res.errors[20]).toBe('…and 10 more problems.');
  });
});

describe('iCalendar', () => {
  const NOW = '2024-03-04T09:30:00Z';

  function ics() {
    const views = caseload().map((r) => caseView(r, TODAY, cal));
    return exportIcs(views, NOW);
  }

  it('is a calendar with CRLF line endings, no line over 75 octets', () => {
    const text = ics();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per open task with a date, each with its own UID', () => {
    const text = ics();
    const unfolded = text.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    const views = caseload().map((r) => caseView(r, TODAY, cal));
    const expected = views
      .filter((v) => v.record.closedOn === null)
      .flatMap((v) =>
        v.tasks
          .filter((t) => t.status !== 'done' && t.due !== null)
          .map((t) => ({ uid: `${v.record.id}-${t.id}@mosaic-companion`, due: t.due! })),
      );
    expect(events).toHaveLength(expected.length);
    const uids = events.map((e) => /UID:(.*)\r\n/.exec(e)![1]);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual(expected.map((e) => e.uid));
    const first = events[0];
    expect(first).toContain(`DTSTART;VALUE=DATE:${expected[0].due.replace(/-/g, '')}\r\n`);
    expect(first).toContain('DTSTAMP:20240304T093000Z\r\n');
    expect(unfolded).not.toContain('r4-'); // the closed case
    expect(unfolded).not.toContain('r1-initial-contact'); // ticked
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20250110\r\nDTEND;VALUE=DATE:20250111\r\n'); // Carers Review
  });

  it('escapes text', () => {
    const unfolded = ics().replace(/\r\n /g, '');
    expect(unfolded).toContain('Anne "Nan" O\'Neil\\, Jr');
    expect(unfolded).toContain('Line\\nBreak');
    expect(unfolded).toContain('Make initial contact: give contact details\\, plan the home visit');
  });

  it('folds long lines without splitting a character', () => {
    const line = `SUMMARY:${'Zoë Żółć '.repeat(20)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });

  it('takes a Date for the time stamp', () => {
    expect(exportIcs([], new Date('2024-03-04T09:30:00Z'))).not.toContain('VEVENT');
    const views = [caseView(caseload()[0], TODAY, cal)];
    expect(exportIcs(views, new Date(NOW))).toContain('DTSTAMP:20240304T093000Z');
  });

  it('exports the views the store lists', async () => {
    const d = db();
    await fill(d);
    const { views } = await listCaseViews(d, ctx(TODAY));
    expect(exportIcs(views, NOW).match(/BEGIN:VEVENT/g)?.length).toBe(
      ics().match(/BEGIN:VEVENT/g)?.length,
    );
  });
});
