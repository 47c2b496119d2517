// @vitest-environment happy-dom
/**
 * The case store held up or full, as the store and the checklist see it (fake-indexeddb):
 *
 * - a blocked upgrade: the next schema version (2, declared here on top of the released ones) is
 *   opened while another connection holds version 1 open and does not close when asked
 *   (`versionchange`), so IndexedDB reports `blocked` and the open waits;
 * - a quota error (`QuotaExceededError`, as the browser raises it and as Dexie wraps it in an
 *   aborted transaction) on adding a case, ticking a task and importing.
 *
 * Each time: a clear message, nothing stored changes, nothing is lost, and the rest still works.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseDb, SCHEMA_VERSIONS, openCaseDb } from '@/lib/db';
import { addCase, listCases, withNextDue } from '@/lib/db/cases';
import { importCases } from '@/lib/db/import';
import { STORE_BLOCKED, STORE_FULL, storeErrorMessage } from '@/lib/db/errors';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { Checklist } from '@/components/popup/Checklist';
import type { ChecklistServices } from '@/entrypoints/popup/services';
import { cal, ctx, record } from '../../db/helpers';
import { backgroundTick, backgroundTrack } from './background-stub';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NAME = 'mosaic-companion-cases';
const TODAY = '2026-11-23'; // a Monday
const stored = [
  withNextDue(
    record('ras', { id: 'a', personId: '1001', name: 'Ann Example', allocated: '2026-11-02' }),
    cal,
  ),
  withNextDue(
    record('carers-review', {
      id: 'b',
      personId: '1002',
      name: 'Bea Carer',
      allocated: '2026-01-10',
      reviewDate: '2027-01-10',
    }),
    cal,
  ),
];

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** What Dexie rejects with when the browser aborts a transaction for want of space. */
const abortedForQuota = () => new Dexie.AbortError('Transaction aborted', quotaError());

/**
 * A connection at version 1 (IndexedDB version 10: Dexie stores its version × 10) holding the
 * stored cases, that ignores `versionchange`, as a copy that never lets go would.
 */
async function holdVersion1(indexedDB: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
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
      const conn = req.result;
      conn.onversionchange = () => undefined; // does not close
      const tx = conn.transaction('cases', 'readwrite');
      for (const c of stored) tx.objectStore('cases').put(c);
      tx.oncomplete = () => resolve(conn);
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

/** The current code with one more schema version, as the next release would have it. */
function nextRelease(indexedDB: IDBFactory): CaseDb {
  const db = new CaseDb(NAME, { indexedDB, IDBKeyRange });
  db.version(SCHEMA_VERSIONS.length + 1).stores(SCHEMA_VERSIONS.at(-1)!.stores);
  return db;
}

describe('a blocked upgrade, in the store', () => {
  it('reports blocked and waits; once the old copy closes every case is kept and writes work', async () => {
    const indexedDB = new IDBFactory();
    const old = await holdVersion1(indexedDB);
    const db = nextRelease(indexedDB);
    const blocked = new Promise<IDBVersionChangeEvent>((resolve) => db.on('blocked', resolve));
    let listed: Awaited<ReturnType<typeof listCases>> | null = null;
    const reading = listCases(db).then((r) => (listed = r));

    const event = await blocked;
    // Dexie's IndexedDB version is its schema version times ten.
    expect([event.oldVersion, event.newVersion]).toEqual([10, (SCHEMA_VERSIONS.length + 1) * 10]);
    expect(listed).toBeNull(); // still waiting: nothing read from a half-open store

    old.close();
    await reading;
    expect(listed).toEqual({ records: stored, corrupt: 0 });
    expect(db.verno).toBe(SCHEMA_VERSIONS.length + 1);
    expect(
      (
        await addCase(
          db,
          { personId: '1003', name: 'Cy Example', kind: 'ras', allocated: '2026-11-16' },
          ctx(TODAY),
        )
      ).ok,
    ).toBe(true);
    expect((await listCases(db)).records.map((r) => r.personId).sort()).toEqual([
      '1001',
      '1002',
      '1003',
    ]);
    db.close();
  });

  it('our own open connection does not block an upgrade: it closes when asked', async () => {
    const indexedDB = new IDBFactory();
    const current = openCaseDb({ name: NAME, indexedDB, IDBKeyRange });
    await current.cases.bulkPut(stored);
    const db = nextRelease(indexedDB);
    const onBlocked = vi.fn();
    db.on('blocked', onBlocked);
    expect((await listCases(db)).records).toEqual(stored);
    expect(onBlocked).not.toHaveBeenCalled();
    expect(current.isOpen()).toBe(false);
    db.close();
  });
});

describe('quota errors, in the store', () => {
  it('an import that runs out of space stores none of its cases and keeps the others', async () => {
    const db = openCaseDb({ name: 'quota-import', indexedDB: new IDBFactory(), IDBKeyRange });
    await db.cases.bulkPut(stored);
    const before = await listCases(db);
    const spy = vi
      .spyOn(db.cases, 'bulkPut')
      .mockImplementationOnce(() => Promise.reject(abortedForQuota()) as never);
    const incoming = [
      withNextDue(record('ras', { id: 'c', personId: '1003', allocated: '2026-11-16' }), cal),
      { ...stored[0], name: 'Changed' },
    ];
    const error = await importCases(db, incoming, ctx(TODAY)).catch((e: unknown) => e);
    spy.mockRestore();
    expect(storeErrorMessage(error)).toBe(STORE_FULL);
    expect(await listCases(db)).toEqual(before);
    db.close();
  });

  it('each shape of error gets a plain message', () => {
    expect(storeErrorMessage(quotaError())).toBe(STORE_FULL);
    expect(storeErrorMessage(abortedForQuota())).toBe(STORE_FULL);
    expect(storeErrorMessage(new Dexie.DatabaseClosedError('Database has been closed'))).toMatch(
      /^The browser’s storage could not be opened/,
    );
    expect(storeErrorMessage(new Error('Something odd'))).toBe(
      'The browser could not save this (Something odd). Nothing was changed. Try again.',
    );
  });
});

describe('the checklist when the store is held up or full', () => {
  let root: Root | undefined;
  let host: HTMLElement;

  afterEach(async () => {
    await act(async () => root?.unmount());
    root = undefined;
    host?.remove();
  });

  function servicesFor(db: CaseDb): ChecklistServices {
    return {
      db,
      loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
      today: () => TODAY,
      casesChanged: async () => undefined,
      // The background writes a tick: here, in the same store, as it would.
      tick: backgroundTick(db, TODAY),
      track: backgroundTrack(db, TODAY),
      tabAddress: null,
      download: () => undefined,
    };
  }

  /** Lets IndexedDB and React run until `until` holds. */
  async function settle(until: () => boolean) {
    for (let i = 0; i < 200 && !until(); i++) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 5));
      });
    }
    expect(until()).toBe(true);
  }

  async function render(db: CaseDb) {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root!.render(<Checklist services={servicesFor(db)} />));
  }

  const cases = () =>
    [...host.querySelectorAll<HTMLElement>('[data-testid="mc-case"]')]
      .map((c) => c.dataset.personId)
      .sort();
  const alerts = () => [...host.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
  const ready = () => host.querySelector('main')?.getAttribute('aria-busy') === 'false';
  const field = <T extends HTMLElement>(label: string) => {
    const l = [...host.querySelectorAll('label')].find((x) => x.textContent === label)!;
    return host.querySelector<T>(`#${CSS.escape(l.htmlFor)}`)!;
  };

  async function submitCase(personId: string, name: string) {
    field<HTMLInputElement>('Mosaic ID').value = personId;
    field<HTMLInputElement>('Name').value = name;
    field<HTMLSelectElement>('Case type').value = 'ras';
    field<HTMLInputElement>('Date of allocation').value = '2026-11-16';
    await act(async () => host.querySelector<HTMLFormElement>('form.mc-add-form')!.requestSubmit());
  }

  it('a blocked upgrade: says why the cases are not shown; once unblocked lists them all and adds a case', async () => {
    const indexedDB = new IDBFactory();
    const old = await holdVersion1(indexedDB);
    const db = nextRelease(indexedDB);
    await render(db);
    await settle(() => host.querySelector('[data-testid="mc-store-blocked"]') !== null);
    expect(host.querySelector('[data-testid="mc-store-blocked"]')!.getAttribute('role')).toBe(
      'alert',
    );
    expect(alerts()).toEqual([STORE_BLOCKED]);
    expect(host.textContent).toContain('Loading your cases…');
    expect(host.textContent).not.toContain('No open cases'); // never claims the cases are gone

    old.close();
    await settle(() => ready() && cases().length === 2);
    expect(cases()).toEqual(['1001', '1002']);
    expect(alerts()).toEqual([]);

    await submitCase('1003', 'Cy Example');
    await settle(() => cases().length === 3);
    expect((await listCases(db)).records).toHaveLength(3);
    db.close();
  });

  it('a quota error on adding a case: the form says the storage is full, nothing is added, the next add works', async () => {
    const db = openCaseDb({ name: 'quota-form', indexedDB: new IDBFactory(), IDBKeyRange });
    await db.cases.bulkPut(stored);
    const before = await listCases(db);
    await render(db);
    await settle(() => ready() && cases().length === 2);

    const spy = vi
      .spyOn(db.cases, 'add')
      .mockImplementationOnce(() => Promise.reject(abortedForQuota()) as never);
    await submitCase('1003', 'Cy Example');
    await settle(() => host.querySelector('.mc-error-summary') !== null);
    spy.mockRestore();
    const summary = host.querySelector<HTMLElement>('.mc-error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.querySelector('li')!.textContent).toBe(STORE_FULL);
    expect(field<HTMLInputElement>('Mosaic ID').value).toBe('1003'); // what was typed is kept to try again
    expect(cases()).toEqual(['1001', '1002']);
    expect(await listCases(db)).toEqual(before);

    await act(async () => host.querySelector<HTMLFormElement>('form.mc-add-form')!.requestSubmit());
    await settle(() => cases().length === 3);
    expect(host.querySelector('.mc-error-summary')).toBeNull();
    expect(host.querySelector('[role="status"]')!.textContent).toBe(
      'Added a RAS assessment case for Cy Example.',
    );
    db.close();
  });

  it('a quota error on ticking a task (written by the background): the box goes back, the checklist says the storage is full, the case is unchanged', async () => {
    const db = openCaseDb({ name: 'quota-tick', indexedDB: new IDBFactory(), IDBKeyRange });
    await db.cases.bulkPut(stored);
    const before = await listCases(db);
    await render(db);
    await settle(() => ready() && cases().length === 2);
    const ann = () =>
      host.querySelector<HTMLElement>('[data-testid="mc-case"][data-person-id="1001"]')!;
    await act(async () => ann().querySelector<HTMLButtonElement>('button[aria-expanded]')!.click());
    const box = () =>
      ann().querySelector<HTMLInputElement>(
        '[data-task="initial-contact"] input[type="checkbox"]',
      )!;

    const spy = vi
      .spyOn(db.cases, 'put')
      .mockImplementation(() => Promise.reject(quotaError()) as never);
    await act(async () => box().click());
    await settle(() => alerts().includes(STORE_FULL));
    spy.mockRestore();
    await settle(() => !box().checked);
    expect(await listCases(db)).toEqual(before);

    await act(async () => box().click());
    await settle(
      () =>
        ann().querySelector<HTMLElement>('[data-task="initial-contact"]')?.dataset.status ===
        'done',
    );
    expect(alerts()).toEqual([]);
    expect((await listCases(db)).records.find((r) => r.id === 'a')!.done).toEqual({
      'initial-contact': TODAY,
    });
    db.close();
  });
});
