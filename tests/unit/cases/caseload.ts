/** A small caseload of every case type, for the export and import tests of lib/cases. */
import { importCases } from '@/lib/cases/io';
import type { CaseRecord } from '@/lib/cases/types';
import type { CaseDb } from '@/lib/db';
import { listCases, withNextDue } from '@/lib/db/cases';
import { cal, ctx, record } from '../db/helpers';

export const TODAY = '2024-03-04';

export function caseload(): CaseRecord[] {
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

/** Stores the caseload; returns what the store holds then. */
export async function fill(d: CaseDb, records = caseload()) {
  await importCases(d, records, ctx(TODAY));
  return (await listCases(d)).records;
}
