/**
 * `npx tsx tests/bench/profile.ts`: CPU profiles (CDP Profiler) behind the benchmark's figures, to
 * see where the time goes rather than guess. Unminified builds and bundles are used, so that each
 * sample is put down to the source module it came from (the `// <path>` markers the bundlers
 * leave in unminified output) and to its function.
 *
 * 1. loading the demo Carers Conversation page with the extension (sidebar start-up);
 * 2. re-checking the 200-field page (reader + rules), many times;
 * 3. generating, exporting, importing 10,000 cases and counting the badge, in the extension's
 *    checklist page (the extension's origin and IndexedDB; Playwright cannot profile the service
 *    worker itself).
 *
 * 4. loading the page with and without the extension, traced: the page's main-thread time by
 *    kind of work (self time of trace events: script compile and run, style, layout, paint …),
 *    and the difference;
 * 5. what the sidebar and service worker bundles hold: each source module's share of the
 *    unminified bundle, gzipped on its own (a guide to where the bytes come from, not exact sizes).
 *
 * Prints the top modules and functions by self time; writes bench-output/profile-latest.json.
 * A module that the bundler joins to the one before it without a marker is counted with that one;
 * function names are exact.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBoth } from './browser';
import { buildExtension } from './build';
import { NAME_SHIM, recheckBundle, storeBundle } from './bundles';
import { BENCH_PAGE, SOURCE_PAGE, ensureBenchPage } from './make-200';
import { CASES, inWorker } from './store';
import { startTrace, type TraceEvent } from './trace';
import { startDemoServer } from '../demo/server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Line → source module, from the `// node_modules/…`, `// lib/…` markers of an unminified bundle. */
function moduleMap(source: string): (line: number) => string {
  const starts: Array<[number, string]> = [];
  source.split('\n').forEach((text, i) => {
    const m = /^\s*\/\/ ((?:node_modules|lib|components|entrypoints|tests)\/\S+)\s*$/.exec(text);
    if (m) starts.push([i, m[1]]);
  });
  return (line) => {
    let found = '(bundle prelude)';
    for (const [start, path] of starts) {
      if (start > line) break;
      found = path;
    }
    return found.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1 (package)');
  };
}

export interface Summary {
  totalMs: number;
  byModule: Array<[string, number]>;
  byFunction: Array<[string, number]>;
}

function summarise(
  profile: Profile,
  sources: Record<string, string>,
  only?: (url: string) => boolean,
): Summary {
  const maps = new Map<string, (line: number) => string>();
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    if (only && !only(url)) continue;
    const key = Object.keys(sources).find((k) => url.endsWith(k));
    let module: string;
    if (key) {
      if (!maps.has(key)) maps.set(key, moduleMap(sources[key]));
      module = maps.get(key)!(lineNumber);
    } else
      module = url ? url.replace(/^https?:\/\/[^/]+/, '(page) ') : `(${functionName || 'native'})`;
    totalMs += ms;
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} — ${module}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, v]): [string, number] => [k, Math.round(v * 10) / 10]);
  return {
    totalMs: Math.round(totalMs * 10) / 10,
    byModule: top(byModule),
    byFunction: top(byFunction),
  };
}

async function profiled<T>(
  context: BrowserContext,
  page: Page,
  work: () => Promise<T>,
): Promise<{ profile: Profile; result: T }> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return { profile, result };
}

function print(title: string, s: Summary): void {
  console.log(`\n${title}: ${s.totalMs} ms of samples`);
  console.log('  by module:');
  for (const [k, v] of s.byModule.slice(0, 10))
    console.log(`    ${String(v).padStart(8)} ms  ${k}`);
  console.log('  by function:');
  for (const [k, v] of s.byFunction.slice(0, 12))
    console.log(`    ${String(v).padStart(8)} ms  ${k}`);
}

/** Self time (ms) by trace event name on the page's main thread (the thread of the sync mark). */
function selfTimeByKind(events: TraceEvent[]): Map<string, number> {
  const mark = events.find((e) => e.name === 'mc-profile-sync');
  const out = new Map<string, number>();
  if (!mark) return out;
  const onThread = events
    .filter(
      (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && typeof e.dur === 'number',
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: Array<{ e: TraceEvent; end: number; child: number }> = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const top = stack.pop()!;
      const self = (top.e.dur ?? 0) - top.child;
      out.set(top.e.name, (out.get(top.e.name) ?? 0) + self / 1000);
      if (stack.length) stack[stack.length - 1].child += top.e.dur ?? 0;
    }
  };
  for (const e of onThread) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return out;
}

async function tracedLoad(
  context: BrowserContext,
  url: string,
  withExtension: boolean,
): Promise<Map<string, number>> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const stop = await startTrace(cdp, [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'blink.user_timing',
      'toplevel',
    ]);
    await page.goto(url, { waitUntil: 'load' });
    if (withExtension)
      await page
        .locator('mosaic-companion [data-testid="mc-sidebar"][data-state="ready"]')
        .waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
    await page.evaluate(() => performance.mark('mc-profile-sync'));
    const events = await stop();
    await cdp.detach();
    return selfTimeByKind(events);
  } finally {
    await page.close();
  }
}

/** Each source module's unminified text, grouped by package (or by file of our own). */
function composition(source: string): Array<[string, number]> {
  const lines = source.split('\n');
  const map = moduleMap(source);
  const groups = new Map<string, string[]>();
  lines.forEach((line, i) => {
    const m = map(i);
    if (!groups.has(m)) groups.set(m, []);
    groups.get(m)!.push(line);
  });
  return [...groups.entries()]
    .map(([m, ls]): [string, number] => [
      m,
      Math.round((gzipSync(ls.join('\n'), { level: 9 }).length / 1024) * 10) / 10,
    ])
    .sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const build = await buildExtension('demo', 'bench-output/profile-build', false);
  if (!build.ok) throw new Error(`demo build failed:\n${build.log}`);
  const ext = (f: string) => readFileSync(join(build.dir, f), 'utf8');
  const extSources = {
    'sidebar.js': ext('sidebar.js'),
    'content-scripts/detector.js': ext('content-scripts/detector.js'),
  };
  for (const file of ['sidebar.js', 'background.js']) {
    const parts = composition(ext(file));
    console.log(`\n${file}: gzip -9 KB of each part, unminified, gzipped on its own`);
    for (const [m, kb] of parts.slice(0, 12)) console.log(`    ${String(kb).padStart(8)} KB  ${m}`);
  }
  const page200 = await ensureBenchPage();
  const [recheck, store] = await Promise.all([recheckBundle(false), storeBundle(false)]);
  const { server, url } = await startDemoServer(0);
  const browsers = await launchBoth(build.dir);
  const out: Record<string, Summary> = {};
  try {
    // 1. Page load with the extension (a warm-up visit first).
    for (let i = 0; i < 2; i++) {
      const page = await browsers.with.newPage();
      const { profile } = await profiled(browsers.with, page, async () => {
        await page.goto(`${url}/${SOURCE_PAGE}`, { waitUntil: 'load' });
        await page
          .locator('mosaic-companion [data-testid="mc-sidebar"][data-state="ready"]')
          .waitFor({ state: 'attached' });
        await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
      });
      await page.close();
      if (i === 1) {
        out.load = summarise(profile, extSources, (u) => u.startsWith('chrome-extension://'));
        print('Loading the Carers Conversation page: extension script only', out.load);
      }
    }

    // 4. Page load, traced, with and without (a warm-up load each first).
    const loads: Array<Map<string, number>> = [];
    for (const [ctx, withExt] of [
      [browsers.with, true],
      [browsers.without, false],
    ] as const) {
      await tracedLoad(ctx, `${url}/${SOURCE_PAGE}`, withExt);
      loads.push(await tracedLoad(ctx, `${url}/${SOURCE_PAGE}`, withExt));
    }
    const kinds = [...new Set([...loads[0].keys(), ...loads[1].keys()])]
      .map((k): [string, number, number] => [k, loads[0].get(k) ?? 0, loads[1].get(k) ?? 0])
      .sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
    const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
    console.log(
      `\nLoading the page, main thread self time by kind (ms): with ${Math.round(sum(loads[0]))}, without ${Math.round(sum(loads[1]))}`,
    );
    for (const [k, w, wo] of kinds.slice(0, 14))
      console.log(
        `    ${(w - wo).toFixed(1).padStart(8)} more  (${w.toFixed(1)} with, ${wo.toFixed(1)} without)  ${k}`,
      );
    (out as Record<string, unknown>).loadByKind = kinds.slice(0, 30);

    // 2. Re-check of the 200-field page.
    if (recheck.ok && page200.ok) {
      const page = await browsers.without.newPage();
      await page.goto(`${url}/${BENCH_PAGE}`);
      await page.evaluate(NAME_SHIM);
      await page.evaluate(`${recheck.code}\n//# sourceURL=mc-recheck-bundle.js`);
      const { profile } = await profiled(browsers.without, page, () =>
        page.evaluate(() => {
          const { readPage, runRules, DEFAULT_SETTINGS } = (
            globalThis as unknown as { __mcRecheck: unknown }
          ).__mcRecheck as {
            readPage: (d: Document) => { snapshot: unknown };
            runRules: (s: unknown, c: unknown) => unknown;
            DEFAULT_SETTINGS: unknown;
          };
          const ctx = { settings: DEFAULT_SETTINGS, today: '2026-11-22', waitingReviews: [] };
          // From scratch each time, as the benchmark's figure.
          for (let i = 0; i < 100; i++) runRules(readPage(document).snapshot, ctx);
        }),
      );
      await page.close();
      out.recheck = summarise(profile, { 'mc-recheck-bundle.js': recheck.code });
      print('Re-checking the 200-field page from scratch 100 times', out.recheck);
    } else console.log('\nre-check: not profiled (bundle or page missing)');

    // 3. The case store in the checklist page.
    if (store.ok) {
      const page = await browsers.with.newPage();
      await page.goto(`chrome-extension://${browsers.extensionId}/popup.html`);
      await page.evaluate(NAME_SHIM);
      await page.evaluate(`${store.code}\n//# sourceURL=mc-store-bundle.js`);
      const { profile, result } = await profiled(browsers.with, page, () =>
        page.evaluate(inWorker, { n: CASES, runs: 5 }),
      );
      await page.close();
      out.store = summarise(profile, { 'mc-store-bundle.js': store.code });
      print(
        `Generating, exporting and importing ${CASES} cases, then counting the badge (import ${Math.round(result.importMs ?? NaN)} ms: parse ${Math.round(result.parseMs ?? NaN)} ms, store ${Math.round(result.storeMs ?? NaN)} ms)`,
        out.store,
      );
    }
  } finally {
    await browsers.close();
    server.close();
  }
  await mkdir('bench-output', { recursive: true });
  await writeFile('bench-output/profile-latest.json', JSON.stringify(out, null, 2) + '\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
