import { afterEach } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createCalendar } from '@/lib/calendar';
import { openCaseDb } from '@/lib/db';
import type { CaseDb } from '@/lib/db';
import type { StoreContext } from '@/lib/db/cases';
import type { CaseKind, CaseRecord } from '@/lib/cases/types';

export const cal = createCalendar();

/** A fresh, empty database of its own. */
export function freshDb(name = 'test-cases') {
  const indexedDB = new IDBFactory();
  return { db: openCaseDb({ name, indexedDB, IDBKeyRange }), indexedDB };
}

export function ctx(today: string, fields: Partial<StoreContext> = {}): StoreContext {
  return { today, cal, initialsOnly: false, ...fields };
}

export function record(kind: CaseKind, fields: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: `case-${Math.random().toString(36).slice(2)}`,
    personId: '123456',
    name: 'Timothy Guide',
    kind,
    allocated: null,
    homeVisit: null,
    serviceStart: null,
    ongoingCare: null,
    oneOffPayment: false,
    reviewDate: null,
    done: {},
    closedOn: null,
    createdOn: '2024-01-01',
    nextDue: null,
    ...fields,
  };
}

/** Opens a fresh database on each call, and closes every one opened after each test. */
export function dbPerTest(): () => CaseDb {
  const opened: CaseDb[] = [];
  afterEach(() => {
    while (opened.length) opened.pop()!.close();
  });
  return () => {
    const { db } = freshDb();
    opened.push(db);
    return db;
  };
}
