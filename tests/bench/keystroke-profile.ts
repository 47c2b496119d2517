/**
 * The re-check after a keystroke on the 200-field page, the code as it is beside the code of a
 * git commit (BASE, default HEAD), in the same page of Debian's Chromium: each is bundled as the
 * benchmark bundles it (tests/bench/bundles.ts) and timed as tests/bench/recheck.ts times it (a
 * visible text area's value changed, then `runRules(session.read(options).snapshot)` with one
 * `ReadingSession` kept), in turns of 20 re-checks, so both meet the same machine; and the
 * sidebar's whole `Checker.run()` after a keystroke, its checker started as in the sidebar. It
 * prints the medians, the reader's and the rules' shares, and whether both give the same snapshots.
 *
 *   BASE=<commit> npx tsx tests/bench/keystroke-profile.ts      # ROUNDS=n turns each (default 20)
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/fixtures';
import { startDemoServer } from '../demo/server';
import { NAME_SHIM, ROOT, checkerBundle, recheckBundle } from './bundles';
import { median, round } from './figures';
import { BENCH_PAGE, ensureBenchPage } from './make-200';

const TURN = 20;

/** The reader and rules bundle of the commit `base`, as `globalThis.__mcBase`. */
async function baseBundle(base: string, dir: string): Promise<string> {
  execFileSync('sh', ['-c', `git archive ${base} lib entrypoints | tar -x -C ${dir}`], {
    cwd: ROOT,
  });
  await symlink(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    stdin: {
      contents: `export * as reader from '@/lib/page/reader';
        export { runRules } from '@/lib/rules';
        export { DEFAULT_SETTINGS } from '@/lib/settings/schema';
        export { Checker } from '@/entrypoints/sidebar/checker';
        export { detectPage } from '@/lib/page/detect';`,
      resolveDir: dir,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__mcBase',
    target: 'chrome120',
    minify: true,
    alias: { '@': dir },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return `(globalThis.__zod_globalConfig ??= {}).jitless = true;${out.outputFiles[0].text};globalThis.__mcBase=__mcBase;`;
}

interface Times {
  total: number[];
  read: number[];
  rules: number[];
  sidebar: number[];
}

/** Runs in the page: turns of re-checks after a keystroke, base and current alternately. */
function inPage({ rounds, turn }: { rounds: number; turn: number }) {
  type Checker = { start(): void; stop(): void; run(): unknown };
  type Lib = {
    reader: { ReadingSession: new (d: Document) => { read(o?: unknown): { snapshot: unknown } } };
    runRules(s: unknown, c: unknown): unknown[];
    DEFAULT_SETTINGS: { labelOverrides?: unknown };
    Checker: new (doc: Document, host: Element, found: unknown) => Checker;
    detectPage(d: Document): unknown;
  };
  type Side = 'base' | 'now';
  const g = globalThis as unknown as { __mcBase: Lib; __mcRecheck: Lib; __mcChecker: Lib };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const area = Array.from(document.querySelectorAll('textarea')).find(
    (t) => t.getBoundingClientRect().height > 0 && !t.readOnly,
  );
  if (!area) return { error: 'no visible text area' };
  const base = area.value;
  const sides: Record<Side, Lib> = {
    base: g.__mcBase,
    now: { ...g.__mcRecheck, Checker: g.__mcChecker.Checker, detectPage: g.__mcChecker.detectPage },
  };
  const times: Record<Side, Times> = {
    base: { total: [], read: [], rules: [], sidebar: [] },
    now: { total: [], read: [], rules: [], sidebar: [] },
  };
  const sessions = {
    base: new sides.base.reader.ReadingSession(document),
    now: new sides.now.reader.ReadingSession(document),
  };
  // the sidebar's checker, started as in the sidebar (its observer watching the page)
  const checkers = {} as Record<Side, Checker>;
  for (const side of ['base', 'now'] as Side[]) {
    const host = document.createElement('mosaic-companion');
    checkers[side] = new sides[side].Checker(document, host, sides.now.detectPage(document));
    checkers[side].start();
  }
  const check = (side: Side) => {
    const lib = sides[side];
    const ctx = { settings: lib.DEFAULT_SETTINGS, today, waitingReviews: [] };
    const options = { labelOverrides: lib.DEFAULT_SETTINGS.labelOverrides };
    const t0 = performance.now();
    const snapshot = sessions[side].read(options).snapshot;
    const t1 = performance.now();
    const findings = lib.runRules(snapshot, ctx);
    const t2 = performance.now();
    return { snapshot, findings, read: t1 - t0, rules: t2 - t1 };
  };
  let differ = 0;
  let i = 0;
  for (let r = -1; r < rounds; r++) {
    for (const side of (r % 2 === 0 ? ['base', 'now'] : ['now', 'base']) as Side[]) {
      // performance.now() is coarse in a page (0.1 ms): each figure is a turn's mean
      let read = 0;
      let rules = 0;
      let sidebar = 0;
      for (let k = 0; k < turn; k++, i++) {
        area.value = `${base} ${'x'.repeat(i % 40)}`;
        const c = check(side);
        read += c.read;
        rules += c.rules;
        area.value = `${base} ${'y'.repeat(i % 40)}`;
        const t0 = performance.now();
        checkers[side].run();
        sidebar += performance.now() - t0;
      }
      if (r >= 0) {
        times[side].total.push((read + rules) / turn);
        times[side].read.push(read / turn);
        times[side].rules.push(rules / turn);
        times[side].sidebar.push(sidebar / turn);
      }
    }
    // both sides on the same value: the same snapshot and findings
    const a = check('base');
    const b = check('now');
    if (JSON.stringify([a.snapshot, a.findings]) !== JSON.stringify([b.snapshot, b.findings]))
      differ++;
  }
  for (const c of Object.values(checkers)) c.stop();
  area.value = base;
  return { times, differ };
}

async function main() {
  const baseRef = process.env.BASE ?? 'HEAD';
  const rounds = Number(process.env.ROUNDS ?? 20);
  const made = await ensureBenchPage();
  if (!made.ok) throw new Error(made.why);
  const dir = await mkdtemp(join(tmpdir(), 'mc-keystroke-'));
  const { server, url } = await startDemoServer(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const now = await recheckBundle();
    if (!now.ok) throw new Error(now.why);
    const checker = await checkerBundle();
    if (!checker?.ok) throw new Error(checker ? checker.why : 'no checker');
    const baseCode = await baseBundle(baseRef, dir);
    const page = await browser.newPage();
    await page.goto(`${url}/${BENCH_PAGE}`, { waitUntil: 'load' });
    await page.evaluate(NAME_SHIM);
    await page.evaluate(now.code);
    await page.evaluate(checker.code);
    await page.evaluate(baseCode);
    const r = await page.evaluate(inPage, { rounds, turn: TURN });
    if ('error' in r) throw new Error(r.error);
    const line = (side: 'base' | 'now', t: Times) =>
      `${side === 'base' ? `base (${baseRef})` : 'now'}: median ${round(median(t.total), 3)} ms ` +
      `(read ${round(median(t.read), 3)}, rules ${round(median(t.rules), 3)}); ` +
      `sidebar's Checker.run ${round(median(t.sidebar), 3)} ms; medians of ${t.total.length} means of ${TURN}`;
    console.log(line('base', r.times.base));
    console.log(line('now', r.times.now));
    console.log(
      `now ÷ base ${round(median(r.times.now.total) / median(r.times.base.total), 3)} ` +
        `(Checker.run ${round(median(r.times.now.sidebar) / median(r.times.base.sidebar), 3)}); ` +
        `${r.differ} of ${rounds + 1} checks gave different snapshots or findings`,
    );
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
