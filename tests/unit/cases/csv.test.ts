import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, parseCsvImport } from '@/lib/cases/io';
import { TODAY, caseload } from './caseload';

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
