/** Content script and service worker sizes: gzip -9 of the built files. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, info, notMeasurable, round, type Figure } from './figures';

export const CONTENT_SCRIPT_BUDGET_KB = 10;
export const SERVICE_WORKER_BUDGET_KB = 60;

export async function gzipKB(file: string): Promise<number> {
  const buf = await readFile(file);
  return gzipSync(buf, { level: 9 }).length / 1024;
}

async function one(
  key: string,
  name: string,
  file: string,
  limit: number | null,
  what: string,
): Promise<Figure> {
  try {
    const kb = round(await gzipKB(file), 2);
    const raw = (await readFile(file)).length / 1024;
    const data = { file, rawKB: raw };
    if (limit === null)
      return info(key, name, kb, 'KB', `${what}; ${round(raw, 1)} KB before gzip`, data);
    return atMost(key, name, kb, 'KB', limit, `${what}; ${round(raw, 1)} KB before gzip`, data);
  } catch {
    return notMeasurable(
      key,
      name,
      'KB',
      limit === null ? '(context)' : `≤ ${limit} KB`,
      `${file} is missing (build failed?)`,
    );
  }
}

/**
 * Sizes in the production build (what the council installs).
 *
 * The content script entry is the detector: the only script the extension puts into Mosaic pages
 * by itself (registered for the council's address), on every page. It is checked against
 * performance.md's 10 KB. The sidebar, with React, is what
 * the detector has the background inject on a supported page only (the two steps and the person
 * summary); its size is reported for context and held by tests/unit/bundle-budget.test.ts.
 */
export async function measureSizes(
  productionDir: string | null,
  why = 'production build failed',
): Promise<Figure[]> {
  const specs: Array<[string, string, string, number | null, string]> = [
    [
      'size.detector',
      'content script size (detector.js)',
      'content-scripts/detector.js',
      CONTENT_SCRIPT_BUDGET_KB,
      'runs on every Mosaic page',
    ],
    [
      'size.sidebar',
      'sidebar loaded on supported pages (sidebar.js)',
      'sidebar.js',
      null,
      'injected on the two steps, the person summary and casework steps only, after its libraries and its core',
    ],
    [
      'size.sidebarCore',
      'the sidebar’s core, first script (sidebar-core.js)',
      'sidebar-core.js',
      null,
      'lib/page but the reader: injected after the libraries',
    ],
    [
      'size.sidebarIndex',
      'the sidebar’s core, the reader’s index (sidebar-index.js)',
      'sidebar-index.js',
      null,
      'the page reader’s index of the page: injected after the first core script',
    ],
    [
      'size.sidebarReader',
      'the sidebar’s core, the reader (sidebar-reader.js)',
      'sidebar-reader.js',
      null,
      'the page reader’s reading of the fields: injected after the index',
    ],
    [
      'size.sidebarDecisions',
      'the sidebar’s core, the decisions (sidebar-decisions.js)',
      'sidebar-decisions.js',
      null,
      'the eligibility decision, the budget and what every rule shares: injected after the reader',
    ],
    [
      'size.sidebarRules',
      'the sidebar’s core, the rules (sidebar-rules.js)',
      'sidebar-rules.js',
      null,
      'the rules and their registry: injected after the decisions',
    ],
    [
      'size.sidebarCommon',
      'the sidebar’s core, what the views call (sidebar-common.js)',
      'sidebar-common.js',
      null,
      'the modules the sidebar and its views both call: injected after the rules',
    ],
    [
      'size.sidebarViews',
      'the sidebar’s core, the views (sidebar-views.js)',
      'sidebar-views.js',
      null,
      'the sidebar’s React views: injected just before the sidebar',
    ],
    [
      'size.sidebarLibraries',
      'the sidebar’s libraries, Preact (sidebar-libraries.js)',
      'sidebar-libraries.js',
      null,
      'Preact with its React compatibility layer: injected first',
    ],
    [
      'size.sidebarZod',
      'the sidebar’s libraries, zod/mini (sidebar-zod.js)',
      'sidebar-zod.js',
      null,
      'the parts of zod/mini the extension calls: injected after Preact',
    ],
    [
      'size.background',
      'service worker size (background.js)',
      'background.js',
      SERVICE_WORKER_BUDGET_KB,
      'the service worker',
    ],
  ];
  if (!productionDir)
    return specs.map(([k, n, , l]) =>
      notMeasurable(k, n, 'KB', l === null ? '(context)' : `≤ ${l} KB`, why),
    );
  return Promise.all(specs.map(([k, n, f, l, w]) => one(k, n, join(productionDir, f), l, w)));
}
