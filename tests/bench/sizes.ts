/** Content script and service worker sizes: gzip -9 of the built files. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, notMeasurable, round, type Figure } from './figures';

export const CONTENT_SCRIPT_BUDGET_KB = 80;
export const SERVICE_WORKER_BUDGET_KB = 60;

export async function gzipKB(file: string): Promise<number> {
  const buf = await readFile(file);
  return gzipSync(buf, { level: 9 }).length / 1024;
}

async function one(key: string, name: string, file: string, limit: number, what: string): Promise<Figure> {
  try {
    const kb = await gzipKB(file);
    const raw = (await readFile(file)).length / 1024;
    return atMost(key, name, round(kb, 2), 'KB', limit, `${what}; ${round(raw, 1)} KB before gzip`, { file, rawKB: raw });
  } catch {
    return notMeasurable(key, name, 'KB', `≤ ${limit} KB`, `${file} is missing (build failed?)`);
  }
}

/** Sizes in the production build (what the council installs). */
export async function measureSizes(productionDir: string | null, why = 'production build failed'): Promise<Figure[]> {
  const specs: Array<[string, string, string, number, string]> = [
    ['size.detector', 'content script size (detector.js)', 'content-scripts/detector.js', CONTENT_SCRIPT_BUDGET_KB, 'runs on every Mosaic page'],
    ['size.sidebar', 'content script size (sidebar.js)', 'content-scripts/sidebar.js', CONTENT_SCRIPT_BUDGET_KB, 'injected on supported pages only'],
    ['size.background', 'service worker size (background.js)', 'background.js', SERVICE_WORKER_BUDGET_KB, 'the service worker'],
  ];
  if (!productionDir) return specs.map(([k, n, , l]) => notMeasurable(k, n, 'KB', `≤ ${l} KB`, why));
  return Promise.all(specs.map(([k, n, f, l, w]) => one(k, n, join(productionDir, f), l, w)));
}
