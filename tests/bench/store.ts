/**
 * The case store at 10,000 cases, in real Chromium IndexedDB in the extension's own origin: the
 * store's code (bundled for the benchmark) is run in the extension's service worker, against the
 * extension's own database (the in-worker part is store-worker.ts).
 *
 * - import: the extension's JSON import of 10,000 cases (from the text to the committed
 *   transaction) ÷ the floor, a bare put of the same rows with the raw IndexedDB API into a fresh
 *   store of the same shape, in one transaction (the median of FLOOR_RUNS), in the same run;
 * - badge: countBadge (the nextDue index) against a full table scan (getAll + filter), alternated,
 *   in the same run; both must give the same counts.
 */
import type { Worker } from '@playwright/test';
import { atMost, info, median, notMeasurable, round, type Figure } from './figures';
import { NAME_SHIM, type Bundle } from './bundles';
import {
  BADGE_RUNS,
  caseload,
  CASES,
  floorInWorker,
  inWorker,
  type Floor,
  type InWorker,
} from './store-worker';

export { CASES, inWorker };
export const FLOOR_RUNS = 3;
export const IMPORT_TARGET = 2;
const IMPORT = { key: 'import', name: 'import 10,000 cases ÷ bare IndexedDB put' };

const firstLine = (error: unknown) =>
  error instanceof Error ? error.message.split('\n')[0] : String(error);

/**
 * The extension's service worker with the store's bundle and the caseload generator in it (put
 * back if the worker restarted).
 */
export async function workerWithStore(
  worker: () => Promise<Worker>,
  store: Extract<Bundle, { ok: true }>,
): Promise<Worker> {
  const w = await worker();
  if (!(await w.evaluate(() => '__mcStore' in globalThis))) {
    await w.evaluate(NAME_SHIM);
    await w.evaluate(store.code);
    await w.evaluate(`globalThis.__mcCaseload = ${caseload.toString()}; undefined`);
  }
  return w;
}

export async function measureStore(
  worker: () => Promise<Worker>,
  store: Bundle,
): Promise<Figure[]> {
  const BADGE = 'badge at 10,000 cases';
  const fail = (why: string) => [
    notMeasurable('badge', BADGE, 'ms', '≤ 50 ms and ≤ 0.25 × scan', why),
    notMeasurable('badge.vsScan', 'badge ÷ full table scan', 'ratio', '≤ 0.25', why),
    notMeasurable(IMPORT.key, IMPORT.name, 'ratio', `≤ ${IMPORT_TARGET}, one transaction`, why),
  ];
  if (!store.ok) return fail(`store bundle failed: ${store.why.slice(0, 200)}`);
  let r: InWorker;
  let floor: Floor;
  try {
    r = await (
      await workerWithStore(worker, store)
    ).evaluate(inWorker, {
      n: CASES,
      runs: BADGE_RUNS,
    });
    floor = r.error
      ? { error: 'no import' }
      : await (
          await workerWithStore(worker, store)
        ).evaluate(floorInWorker, {
          storeName: 'cases',
          runs: FLOOR_RUNS,
        });
  } catch (error) {
    return fail(`the service worker could not run the store: ${firstLine(error)}`);
  }
  if (r.error) {
    if (process.env.BENCH_DEBUG) console.error(r.stack);
    return fail(`${r.error} (at ${r.stage})`);
  }
  const badge = median(r.badgeMs!);
  const scan = median(r.scanMs!);
  const same = JSON.stringify(r.counts) === JSON.stringify(r.scanCounts);
  const ratio = badge / scan;
  const out: Figure[] = [];
  const badgeOk = badge <= 50 && ratio <= 0.25 && same;
  out.push({
    key: 'badge',
    name: BADGE,
    value: round(badge, 2),
    unit: 'ms',
    target: '≤ 50 ms and ≤ 0.25 × scan',
    verdict: badgeOk ? 'PASS' : 'MISS',
    detail:
      `countBadge median of ${BADGE_RUNS} (${r.stored} cases, 30% open); scan (getAll + filter) ${round(scan, 1)} ms; counts ${JSON.stringify(r.counts)}` +
      (same ? ' (same as the scan)' : ` DIFFER from the scan ${JSON.stringify(r.scanCounts)}`),
    data: { badgeMs: r.badgeMs, scanMs: r.scanMs, counts: r.counts, scanCounts: r.scanCounts },
  });
  out.push(
    atMost(
      'badge.vsScan',
      'badge ÷ full table scan',
      round(ratio, 3),
      'ratio',
      0.25,
      `${round(badge, 2)} ms ÷ ${round(scan, 1)} ms`,
    ),
  );
  out.push(
    info(
      'badge.refresh',
      'badge refresh incl. setting the badge',
      round(median(r.refreshMs!), 2),
      'ms',
      'countBadge + badgeFor + chrome.action set text, colour, title',
      { refreshMs: r.refreshMs },
    ),
  );
  out.push(importFigure(r, floor));
  return out;
}

function importFigure(r: InWorker, floor: Floor): Figure {
  const target = `≤ ${IMPORT_TARGET}, one transaction`;
  const how =
    `parseJsonImport ${round(r.parseMs!, 0)} ms + importCases ${round(r.storeMs!, 0)} ms = ${round(r.importMs!, 0)} ms; ${round(r.exportBytes! / 1024 / 1024, 2)} MB export; ` +
    `${r.readwrite} read-write transaction(s) of ${r.transactions}; ${r.stored} cases stored`;
  const data = {
    importMs: r.importMs,
    parseMs: r.parseMs,
    storeMs: r.storeMs,
    transactions: r.transactions,
    readwrite: r.readwrite,
    stored: r.stored,
    added: r.added,
    floor,
  };
  if (floor.error || !floor.putMs?.length || floor.rows !== r.stored)
    return {
      ...notMeasurable(
        IMPORT.key,
        IMPORT.name,
        'ratio',
        target,
        `the bare put failed: ${floor.error ?? `${floor.rows} rows read back`}; ${how}`,
      ),
      data,
    };
  const put = median(floor.putMs);
  const ratio = r.importMs! / put;
  const oneTx = r.readwrite === 1;
  return {
    key: IMPORT.key,
    name: IMPORT.name,
    value: round(ratio, 2),
    unit: 'ratio',
    target,
    verdict: ratio <= IMPORT_TARGET && oneTx && r.stored === CASES ? 'PASS' : 'MISS',
    detail: `${how}; ÷ bare put ${round(put, 0)} ms (median of ${floor.putMs.length}: ${floor.putMs.map((x) => round(x, 0)).join(', ')} ms; ${floor.rows} rows, indexes ${floor.indexes?.join(', ') || 'none'})`,
    data,
  };
}
