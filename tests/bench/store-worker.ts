/**
 * What runs inside the extension's service worker for the case store figures (store.ts), after
 * the store's bundle (`__mcStore`) has been added to it. Self-contained functions: worker.evaluate
 * sends each to the worker as its source.
 *
 * - inWorker: 10,000 generated cases (`caseload`) written out with the extension's JSON export, read back
 *   with its JSON import and stored with importCases into the emptied store, timed from the text
 *   to the committed transaction, counting the IndexedDB transactions opened; then the badge's
 *   count against a full table scan.
 * - floorInWorker: the floor under the import, the same rows put with the raw IndexedDB API into a
 *   fresh, empty object store of the same shape, in one transaction.
 */
export const CASES = 10_000;
export const BADGE_RUNS = 15;

/**
 * The generated caseload: a long-serving team's, most cases closed and kept for the retention
 * period, the open ones allocated over the last ten weeks (so some overdue, some due today or
 * soon). No closure, so that it can be sent to the worker as its source (`workerWithStore`).
 */
export function caseload(n: number, today: string): unknown[] {
  const day = (offset: number) =>
    new Date(Date.parse(`${today}T12:00:00Z`) + offset * 864e5).toISOString().slice(0, 10);
  const kinds = ['reablement', 'ras', 'carers-assessment', 'carers-review'] as const;
  const records = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i % 4];
    const open = i % 10 < 3;
    const allocated = open ? day(-(i % 70)) : day(-((i % 300) + 20));
    records.push({
      id: `bench-${String(i).padStart(5, '0')}`,
      personId: String(2_000_000 + i),
      name: `Person ${i}`,
      kind,
      allocated: kind === 'carers-review' ? null : allocated,
      homeVisit: kind === 'reablement' && i % 3 === 0 ? day(-(i % 70) + 2) : null,
      serviceStart: kind === 'reablement' && i % 6 === 0 ? day(-(i % 70) + 5) : null,
      ongoingCare: kind === 'reablement' ? (i % 8 === 0 ? true : null) : null,
      oneOffPayment: kind === 'carers-assessment' && i % 5 === 0,
      reviewDate: kind === 'carers-review' ? day((i % 120) - 20) : null,
      done: {},
      closedOn: open ? null : day(-(i % 20)),
      createdOn: kind === 'carers-review' ? day(-(i % 60) - 200) : allocated,
      nextDue: null,
    });
  }
  return records;
}

export interface InWorker {
  error?: string;
  stage?: string;
  stack?: string;
  exportBytes?: number;
  importMs?: number;
  parseMs?: number;
  storeMs?: number;
  transactions?: number;
  readwrite?: number;
  added?: number;
  stored?: number;
  badgeMs?: number[];
  scanMs?: number[];
  refreshMs?: number[];
  counts?: { overdue: number; dueToday: number };
  scanCounts?: { overdue: number; dueToday: number };
}

/** Runs inside the service worker or an extension page (no closure over anything outside). */
export async function inWorker({ n, runs }: { n: number; runs: number }): Promise<InWorker> {
  type Store = {
    openCaseDb(): {
      cases: {
        clear(): Promise<void>;
        count(): Promise<number>;
        toArray(): Promise<Array<{ nextDue?: string | null }>>;
      };
    };
    countBadge(db: unknown, today: string): Promise<{ overdue: number; dueToday: number }>;
    importCases(
      db: unknown,
      records: unknown[],
      ctx: unknown,
    ): Promise<{ added: number; replaced: number }>;
    createCalendar(closures?: string[]): unknown;
    badgeFor(c: { overdue: number; dueToday: number }): {
      text: string;
      color: string;
      title: string;
    };
    io: null | {
      exportJson(records: unknown[], exportedOn: string): string;
      parseJsonImport(
        text: string,
      ): { ok: true; records: unknown[] } | { ok: false; errors: string[] };
    };
  };
  const S = (globalThis as unknown as { __mcStore: Store }).__mcStore;
  let stage = 'generate';
  try {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
      new Date(),
    );
    const { __mcCaseload: caseload } = globalThis as unknown as {
      __mcCaseload(n: number, today: string): unknown[];
    };
    const records = caseload(n, today);
    if (!S.io) return { error: 'lib/cases/io.ts (the JSON export) is not there', stage };
    stage = 'export';
    const text = S.io.exportJson(records, today);
    // Count the IndexedDB transactions the import opens. Dexie binds IDBDatabase.transaction when
    // it opens the database, so the counter goes in before this instance opens it.
    const proto = IDBDatabase.prototype;
    const original = proto.transaction;
    let counting = false;
    let transactions = 0;
    let readwrite = 0;
    proto.transaction = function (this: IDBDatabase, ...args: Parameters<typeof original>) {
      if (counting) {
        transactions++;
        if (args[1] === 'readwrite') readwrite++;
      }
      return original.apply(this, args);
    } as typeof original;
    const db = S.openCaseDb();
    let parseMs = 0;
    let storeMs = 0;
    let added = 0;
    try {
      stage = 'clear';
      await db.cases.clear();
      stage = 'import';
      counting = true;
      const t0 = performance.now();
      const parsed = S.io.parseJsonImport(text);
      const t1 = performance.now();
      if (!parsed.ok)
        return {
          error: `the import refused the export: ${parsed.errors.slice(0, 3).join(' ')}`,
          stage,
        };
      const result = await S.importCases(db, parsed.records, {
        today,
        cal: S.createCalendar([]),
        initialsOnly: false,
      });
      const t2 = performance.now();
      counting = false;
      parseMs = t1 - t0;
      storeMs = t2 - t1;
      added = result.added;
    } finally {
      counting = false;
      proto.transaction = original;
    }
    stage = 'count';
    const stored = await db.cases.count();

    stage = 'badge';
    const countOnce = () => S.countBadge(db, today);
    const scanOnce = async () => {
      const rows = await db.cases.toArray();
      let overdue = 0;
      let dueToday = 0;
      for (const r of rows) {
        if (!r.nextDue) continue;
        if (r.nextDue < today) overdue++;
        else if (r.nextDue === today) dueToday++;
      }
      return { overdue, dueToday };
    };
    await countOnce();
    await scanOnce();
    const badgeMs: number[] = [];
    const scanMs: number[] = [];
    const refreshMs: number[] = [];
    let counts = { overdue: -1, dueToday: -1 };
    let scanCounts = { overdue: -2, dueToday: -2 };
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? ['index', 'scan'] : ['scan', 'index'];
      for (const which of order) {
        const t0 = performance.now();
        if (which === 'index') counts = await countOnce();
        else scanCounts = await scanOnce();
        (which === 'index' ? badgeMs : scanMs).push(performance.now() - t0);
      }
      // The background's whole refresh: the count, then the badge text, colour and title.
      const t0 = performance.now();
      const badge = S.badgeFor(await countOnce());
      const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
      await Promise.all([
        chrome.action.setBadgeText({ text: badge.text }),
        chrome.action.setBadgeBackgroundColor({ color: badge.color }),
        chrome.action.setTitle({ title: badge.title }),
      ]);
      refreshMs.push(performance.now() - t0);
    }
    return {
      exportBytes: text.length,
      importMs: parseMs + storeMs,
      parseMs,
      storeMs,
      transactions,
      readwrite,
      added,
      stored,
      badgeMs,
      scanMs,
      refreshMs,
      counts,
      scanCounts,
    };
  } catch (e) {
    return {
      error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      stage,
      stack: e instanceof Error ? e.stack : undefined,
    };
  }
}

export interface Floor {
  error?: string;
  /** One put of every row in one read-write transaction, to its completion (ms), per run. */
  putMs?: number[];
  rows?: number;
  indexes?: string[];
}

/** Runs inside the service worker: the rows the import stored, put again into a database of its own. */
export async function floorInWorker({
  storeName,
  runs,
}: {
  storeName: string;
  runs: number;
}): Promise<Floor> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((ok, fail) => {
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  const committed = (tx: IDBTransaction) =>
    new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
    });
  const S = (globalThis as unknown as { __mcStore: { DEFAULT_DB_NAME: string } }).__mcStore;
  try {
    // The rows as the import stored them, and the shape of the store that holds them.
    const source = await req(indexedDB.open(S.DEFAULT_DB_NAME));
    const store = source.transaction(storeName, 'readonly').objectStore(storeName);
    const keyPath = store.keyPath;
    const autoIncrement = store.autoIncrement;
    const indexes = Array.from(store.indexNames).map((name) => {
      const i = store.index(name);
      return { name, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry };
    });
    const rows = await req(store.getAll());
    source.close();
    const name = `${S.DEFAULT_DB_NAME}-bench-floor`;
    const putMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      await req(indexedDB.deleteDatabase(name));
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const s = open.result.createObjectStore(storeName, { keyPath, autoIncrement });
        for (const i of indexes)
          s.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      };
      const db = await req(open);
      const t0 = performance.now();
      const tx = db.transaction(storeName, 'readwrite');
      const into = tx.objectStore(storeName);
      for (const row of rows) into.put(row);
      await committed(tx);
      putMs.push(performance.now() - t0);
      db.close();
    }
    await req(indexedDB.deleteDatabase(name));
    return { putMs, rows: rows.length, indexes: indexes.map((i) => i.name) };
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
