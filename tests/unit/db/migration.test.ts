/**
 * A database written by an earlier release opens with the current code and keeps every case.
 * Each released schema version is written here without the current code: by Dexie declaring only
 * that version, and (for version 1) by raw IndexedDB, as a browser holding it would have it.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, openCaseDb } from '@/lib/db';
import { countBadge, listCases, withNextDue } from '@/lib/db/cases';
import { cal, record } from './helpers';

const NAME = 'mosaic-companion-cases';

const cases = [
  withNextDue(record('ras', { id: 'a', personId: '1', allocated: '2024-03-01' }), cal),
  withNextDue(
    record('reablement', {
      id: 'b',
      personId: '2',
      allocated: '2024-03-01',
      serviceStart: '2024-03-11',
      ongoingCare: true,
      done: { 'initial-contact': '2024-03-02' },
    }),
    cal,
  ),
  withNextDue(
    record('carers-assessment', {
      id: 'c',
      personId: '3',
      allocated: '2024-02-01',
      oneOffPayment: true,
      closedOn: '2024-02-20',
    }),
    cal,
  ),
  withNextDue(
    record('carers-review', {
      id: 'd',
      personId: '4',
      allocated: '2024-01-10',
      reviewDate: '2025-01-10',
    }),
    cal,
  ),
];

describe('schema versions', () => {
  it('are listed oldest first, from version 1', () => {
    expect(SCHEMA_VERSIONS[0].version).toBe(1);
    SCHEMA_VERSIONS.forEach((v, i) => expect(v.version).toBe(i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)!.version);
  });

  for (const old of SCHEMA_VERSIONS) {
    it(`a database at version ${old.version}, written by Dexie, opens with every case kept`, async () => {
      const indexedDB = new IDBFactory();
      const previous = new Dexie(NAME, { indexedDB, IDBKeyRange });
      // Declare the versions as that release had them, and nothing newer.
      for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= old.version))
        previous.version(v.version).stores(v.stores);
      await previous.table('cases').bulkPut(cases);
      previous.close();

      const db = openCaseDb({ indexedDB, IDBKeyRange });
      expect(await listCases(db)).toEqual({ records: cases, corrupt: 0 });
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await countBadge(db, '2024-03-06')).toEqual({ overdue: 2, dueToday: 0 });
      db.close();
    });
  }

  it('a version 1 database written by raw IndexedDB opens with every case kept', async () => {
    const indexedDB = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      // Dexie stores its version × 10 as the IndexedDB version.
      const req = indexedDB.open(NAME, 10);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('cases', { keyPath: 'id' });
        store.createIndex('personId', 'personId');
        store.createIndex('kind', 'kind');
        store.createIndex('nextDue', 'nextDue');
        store.createIndex('closedOn', 'closedOn');
        store.createIndex('[personId+kind]', ['personId', 'kind']);
      };
      req.onsuccess = () => {
        const tx = req.result.transaction('cases', 'readwrite');
        for (const c of cases) tx.objectStore('cases').put(c);
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      req.onerror = () => reject(req.error);
    });

    const db = openCaseDb({ indexedDB, IDBKeyRange });
    expect(await listCases(db)).toEqual({ records: cases, corrupt: 0 });
    expect(await db.cases.where('[personId+kind]').equals(['4', 'carers-review']).count()).toBe(1);
    expect(await countBadge(db, '2024-03-05')).toEqual({ overdue: 0, dueToday: 2 });
    // Version 2's table of steps seen is there, empty, and takes rows keyed by person and case type.
    expect(await db.sightings.count()).toBe(0);
    await db.sightings.put({ personId: '1', kind: 'ras', seenOn: '2024-03-05' });
    expect(await db.sightings.get(['1', 'ras'])).toMatchObject({ seenOn: '2024-03-05' });
    db.close();
  });
});
