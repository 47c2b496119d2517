/**
 * The import of 10,000 cases beside its floor, in real Chromium IndexedDB in the extension's
 * service worker: `parseJsonImport` + `importCases` of the extension's own JSON export against a
 * bare IndexedDB put of the same 10,000 records in one read-write transaction (raw IndexedDB, the
 * same database and object store, the records as the export holds them). The two alternate, each
 * into an emptied store, and each pair gives a ratio; the median ratio is the figure of
 * performance.md ("import": ≤ 2 ×).
 *
 *   npx tsx tests/bench/import-profile.ts            # 9 pairs (IMPORT_RUNS=n for more)
 *
 * Uses the demo build in .output/chrome-mv3-demo (`npm run build:demo`), or MC_EXTENSION_DIR.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, serviceWorker } from '../browser/fixtures';
import { storeBundle } from './bundles';
import { median, round } from './figures';
import { CASES, workerWithStore } from './store';

interface Pair {
  importMs: number;
  parseMs: number;
  storeMs: number;
  putMs: number;
  stored: number;
  readwrite: number;
}

/** Runs in the service worker: `runs` pairs of (import, bare put), alternating which goes first. */
async function inWorker({ n, runs }: { n: number; runs: number }): Promise<Pair[] | string> {
  type Store = {
    openCaseDb(): { cases: { clear(): Promise<void>; count(): Promise<number> } };
    DEFAULT_DB_NAME: string;
    importCases(db: unknown, records: unknown[], ctx: unknown): Promise<unknown>;
    createCalendar(closures?: string[]): unknown;
    io: {
      exportJson(records: unknown[], exportedOn: string): string;
      parseJsonImport(
        text: string,
      ): { ok: true; records: unknown[] } | { ok: false; errors: string[] };
    };
  };
  const g = globalThis as unknown as {
    __mcStore: Store;
    __mcCaseload(n: number, today: string): unknown[];
  };
  const S = g.__mcStore;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const text = S.io.exportJson(g.__mcCaseload(n, today), today);
  const asExported = (JSON.parse(text) as { cases: unknown[] }).cases;
  // Dexie binds IDBDatabase.transaction when it opens the database: count from before that.
  const proto = IDBDatabase.prototype;
  const original = proto.transaction;
  let readwrite = 0;
  let counting = false;
  proto.transaction = function (this: IDBDatabase, ...args: Parameters<typeof original>) {
    if (counting && args[1] === 'readwrite') readwrite++;
    return original.apply(this, args);
  } as typeof original;
  const db = S.openCaseDb();
  await db.cases.count(); // opens it, at the current schema

  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(S.DEFAULT_DB_NAME);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const barePut = () =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      const tx = raw.transaction('cases', 'readwrite');
      const store = tx.objectStore('cases');
      for (const r of asExported) store.put(r);
      tx.oncomplete = () => resolve(performance.now() - t0);
      tx.onerror = () => reject(tx.error);
    });

  const importOnce = async () => {
    readwrite = 0;
    counting = true;
    const t0 = performance.now();
    const parsed = S.io.parseJsonImport(text);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(parsed.errors.slice(0, 3).join(' '));
    await S.importCases(db, parsed.records, {
      today,
      cal: S.createCalendar([]),
      initialsOnly: false,
    });
    const t2 = performance.now();
    counting = false;
    return { parseMs: t1 - t0, storeMs: t2 - t1, importMs: t2 - t0, readwrite };
  };

  try {
    const pairs: Pair[] = [];
    for (let i = -1; i < runs; i++) {
      let imp = { parseMs: 0, storeMs: 0, importMs: 0, readwrite: 0 };
      let putMs = 0;
      for (const side of i % 2 === 0 ? ['import', 'put'] : ['put', 'import']) {
        await db.cases.clear();
        if (side === 'import') imp = await importOnce();
        else putMs = await barePut();
      }
      const stored = await db.cases.count();
      if (i >= 0) pairs.push({ ...imp, putMs, stored }); // i = -1 warms both up
    }
    return pairs;
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } finally {
    proto.transaction = original;
    raw.close();
  }
}

async function main() {
  const runs = Number(process.env.IMPORT_RUNS ?? 9);
  const store = await storeBundle();
  if (!store.ok) throw new Error(store.why);
  const dir = await mkdtemp(join(tmpdir(), 'mc-import-'));
  const context = await launchWithExtension(EXTENSION_DIR, dir);
  try {
    const w = await workerWithStore(() => serviceWorker(context), store);
    const out = await w.evaluate(inWorker, { n: CASES, runs });
    if (typeof out === 'string') throw new Error(out);
    for (const p of out) {
      console.log(
        `import ${round(p.importMs, 0)} ms (parse ${round(p.parseMs, 0)} + store ${round(p.storeMs, 0)}), ` +
          `bare put ${round(p.putMs, 0)} ms, ratio ${round(p.importMs / p.putMs, 2)}; ` +
          `${p.readwrite} read-write transaction(s), ${p.stored} stored`,
      );
    }
    const ratios = out.map((p) => p.importMs / p.putMs);
    console.log(
      `median: import ${round(median(out.map((p) => p.importMs)), 0)} ms ` +
        `(parse ${round(median(out.map((p) => p.parseMs)), 0)}, store ${round(median(out.map((p) => p.storeMs)), 0)}), ` +
        `bare put ${round(median(out.map((p) => p.putMs)), 0)} ms, ratio ${round(median(ratios), 2)} ` +
        `(${round(Math.min(...ratios), 2)} to ${round(Math.max(...ratios), 2)}; target ≤ 2)`,
    );
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
