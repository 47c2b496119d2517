/**
 * `npm run bench`: every figure of performance.md in one run, in Debian's Chromium headless, with
 * the extension and without it side by side (the machines are shared and noisy: only ratios taken
 * in the same run mean anything). The page figures are measured at normal speed and with the
 * page's CPU slowed 4 times. Prints one line per figure and writes the figures as JSON to
 * bench-output/bench-<timestamp>.json and bench-output/latest.json.
 *
 * `npm run bench -- --quick`: fewer visits, no warm-up visit and one traced visit per setting, no
 * live page and no import through the checklist; said so in the output and the JSON.
 *
 * Environment: BENCH_RUNS (visits per side and setting, default 11, at least 5; 2 in a quick run),
 * DEMO_PORT (the demo server's port, default any free one), CHROMIUM_PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBoth, type Browsers } from './browser';
import { buildExtension } from './build';
import { checkerBundle, recheckBundle, storeBundle, type Bundle } from './bundles';
import { measureImportThroughChecklist } from './checklist-import';
import { formatLine, info, notMeasurable, round, writeReport, type Figure } from './figures';
import { measureLivePage } from './live-page';
import { BENCH_PAGE, SOURCE_PAGE, ensureBenchPage } from './make-200';
import { KEY_DELAY_MS, TYPED } from './page-figures';
import { loadFigures, typingFigures } from './page-report';
import { pageVisits } from './page-visits';
import { measureRecheck } from './recheck';
import { measureSizes } from './sizes';
import { measureStore } from './store';
import { longFrameFigures, startupFigures } from './trace-report';
import { SITE_DIR, startDemoServer } from '../demo/server';
import { CHROMIUM } from '../browser/fixtures';

const OUT_DIR = 'bench-output';
const BUILD_DIR = join(OUT_DIR, 'build');
/** The CPU settings of the page figures: normal speed, and the page's CPU slowed 4 times. */
const RATES = [1, 4] as const;

interface BenchOptions {
  quick: boolean;
  /** Timed visits per side and setting. */
  runs: number;
  /** Traced visits with the extension per setting. */
  traced: number;
  /** Pairs of visits of the live page (none in a quick run). */
  livePairs: number;
}

function benchOptions(argv: string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const asked = process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : null;
  return quick
    ? { quick, runs: Math.max(1, asked ?? 2), traced: 1, livePairs: 0 }
    : { quick, runs: Math.max(5, asked ?? 11), traced: 3, livePairs: 3 };
}

/** The order of performance.md's table, for the printed lines. */
const ORDER = ['load.', 'typing.', 'longFrames.', 'startup.', 'live', 'recheck', 'badge', 'import'];
const rank = (f: Figure) => {
  const i = ORDER.findIndex((p) => f.key.startsWith(p));
  return i < 0 ? ORDER.length : i;
};

const log = (s: string) => process.stderr.write(`· ${s}\n`);

/** The demo Carers Conversation page to load and type into. */
function conversationPage(): { file: string; note: string } {
  if (existsSync(join(SITE_DIR, SOURCE_PAGE))) return { file: SOURCE_PAGE, note: SOURCE_PAGE };
  return {
    file: 'smoke.html',
    note: `${SOURCE_PAGE} is not there yet: smoke.html (title only) instead`,
  };
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

interface Bundles {
  recheck: Bundle;
  store: Bundle;
  checker: Bundle | null;
}

/** Every figure measured in the browsers: the page figures at each setting, the live page, the re-check, the store. */
async function browserFigures(
  browsers: Browsers,
  url: string,
  bundles: Bundles,
  bench200: Awaited<ReturnType<typeof ensureBenchPage>>,
  opts: BenchOptions,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const page = conversationPage();
  for (const rate of RATES) {
    log(
      `page load and typing at ${rate}× on ${page.note}: ${opts.runs} visits each side, alternated (${TYPED.length} keys, ${KEY_DELAY_MS} ms apart), then ${opts.traced} traced`,
    );
    const visits = await pageVisits(
      browsers,
      `${url}/${page.file}`,
      rate,
      { runs: opts.runs, traced: opts.traced, warmUp: !opts.quick },
      log,
    );
    figures.push(
      ...loadFigures(visits, page.file),
      ...typingFigures(visits, page.file),
      ...longFrameFigures(visits),
      ...startupFigures(visits),
    );
  }

  if (opts.livePairs > 0) {
    log(`a live page with no step: ${opts.livePairs} pair(s) of 10 s visits`);
    figures.push(await measureLivePage(browsers.with, browsers.without, url, opts.livePairs, log));
  } else
    figures.push(
      info('live', 'a live page with no step at 4×', null, 'ratio', 'not measured in a quick run'),
    );

  log('re-check cost on the 200-field page …');
  if (!bench200.ok)
    figures.push(
      notMeasurable('recheck', 're-check cost (200-field page)', 'ratio', '≤ 4', bench200.why),
    );
  else
    figures.push(
      ...(await measureRecheck(
        browsers.without,
        `${url}/${BENCH_PAGE}`,
        bundles.recheck,
        bundles.checker,
      )),
    );

  log('the case store at 10,000 cases, in the service worker …');
  figures.push(...(await measureStore(() => browsers.worker(), bundles.store)));
  if (!opts.quick) {
    log('the same import through the checklist page …');
    figures.push(
      await measureImportThroughChecklist(
        browsers.with,
        browsers.extensionId,
        () => browsers.worker(),
        bundles.store,
      ),
    );
  }
  figures.push(
    info(
      'network',
      'requests off 127.0.0.1 (with the extension)',
      browsers.offHost.length,
      'count',
      browsers.offHost.length
        ? `to: ${[...new Set(browsers.offHost)].slice(0, 5).join(', ')}`
        : 'every request of the pages went to the demo server or the extension itself',
      { urls: browsers.offHost },
    ),
  );
  return figures;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const opts = benchOptions(process.argv.slice(2));
  const figures: Figure[] = [];
  const chromium = chromiumVersion();

  log('building the demo and production builds into bench-output/build …');
  const demo = await buildExtension('demo', BUILD_DIR);
  const prod = await buildExtension('production', BUILD_DIR);
  for (const b of [demo, prod])
    if (!b.ok) log(`${b.mode} build failed:\n${b.log.split('\n').slice(-15).join('\n')}`);
  figures.push(...(await measureSizes(prod.ok ? prod.dir : null, 'the production build failed')));

  const bench200 = await ensureBenchPage();
  if (bench200.ok && bench200.written)
    log(`wrote tests/demo/site/${BENCH_PAGE} (${bench200.fields} fields)`);
  const [recheck, store, checker] = await Promise.all([
    recheckBundle(),
    storeBundle(),
    checkerBundle(),
  ]);

  if (!demo.ok) {
    for (const name of ['page load overhead', 'typing overhead', 'long frames', 're-check cost'])
      figures.push(notMeasurable(name, name, 'ratio', '', 'the demo build failed'));
    figures.push(
      ...(await measureStore(() => Promise.reject(new Error('no build')), {
        ok: false,
        why: 'the demo build failed',
      })),
    );
  } else {
    const { server, url } = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
    let browsers: Browsers | null = null;
    try {
      browsers = await launchBoth(demo.dir);
      const bundles = { recheck, store, checker: checker ? await checker : null };
      figures.push(...(await browserFigures(browsers, url, bundles, bench200, opts)));
    } finally {
      await browsers?.close();
      server.close();
    }
  }

  const seconds = (performance.now() - t0) / 1000;
  const kind = opts.quick ? 'QUICK RUN (a subset, fewer visits: not a result)' : 'full run';
  console.log(
    `\nMosaic Companion benchmark — ${kind} — ${chromium}, ${new Date().toISOString()}, ${round(seconds, 0)} s, ${opts.runs} visits per side and setting\n`,
  );
  const ordered = [...figures].sort((a, b) => rank(a) - rank(b));
  // The figures with a target first, one line each; then the context behind them.
  for (const f of ordered.filter((x) => x.verdict !== 'INFO')) console.log(formatLine(f));
  console.log('\nContext (no target of its own):\n');
  for (const f of ordered.filter((x) => x.verdict === 'INFO')) console.log(formatLine(f));
  const file = await writeReport(OUT_DIR, ordered, {
    quick: opts.quick,
    chromium,
    date: new Date().toISOString(),
    seconds,
    runs: opts.runs,
    tracedRuns: opts.traced,
    livePairs: opts.livePairs,
    rates: RATES,
    builds: { demo: { ok: demo.ok, ms: demo.ms }, production: { ok: prod.ok, ms: prod.ms } },
  });
  const missed = figures.filter((f) => f.verdict === 'MISS').length;
  const passed = figures.filter((f) => f.verdict === 'PASS').length;
  console.log(`\n${opts.quick ? 'QUICK RUN: ' : ''}${passed} PASS, ${missed} MISS — ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
