/**
 * `npm run bench`: every figure of performance.md in one run, in Debian's Chromium headless, with
 * the extension and without it side by side (the machines are shared and noisy: only ratios taken
 * in the same run mean anything). Prints one line per figure and writes the figures as JSON to
 * bench-output/bench-<timestamp>.json and bench-output/latest.json.
 *
 * Environment: BENCH_RUNS (visits per side, default 7), CHROMIUM_PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBoth, type Browsers } from './browser';
import { buildExtension } from './build';
import { checkerBundle, recheckBundle, storeBundle } from './bundles';
import {
  atMost,
  formatLine,
  info,
  median,
  notMeasurable,
  p75,
  round,
  writeReport,
  type Figure,
} from './figures';
import { BENCH_PAGE, SOURCE_PAGE, ensureBenchPage } from './make-200';
import {
  KEY_DELAY_MS,
  TYPED,
  interactionDurations,
  processingTimes,
  visit,
  type VisitResult,
} from './page-figures';
import { measureRecheck } from './recheck';
import { measureSizes } from './sizes';
import { measureImportThroughChecklist, measureStore } from './store';
import { extensionLongFrames } from './trace';
import { SITE_DIR, startDemoServer } from '../demo/server';
import { CHROMIUM } from '../browser/fixtures';

const OUT_DIR = 'bench-output';
const BUILD_DIR = join(OUT_DIR, 'build');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const TRACED_RUNS = 3;

const log = (s: string) => process.stderr.write(`· ${s}\n`);

/** The demo Carers Conversation page to load and type into. */
function conversationPage(): { file: string; note: string } {
  if (existsSync(join(SITE_DIR, SOURCE_PAGE))) return { file: SOURCE_PAGE, note: SOURCE_PAGE };
  return {
    file: 'smoke.html',
    note: `${SOURCE_PAGE} is not there yet: smoke.html (title only) instead`,
  };
}

function pageFigures(
  withRuns: VisitResult[],
  withoutRuns: VisitResult[],
  traced: VisitResult[],
  page: string,
): Figure[] {
  const out: Figure[] = [];
  // Page load: per-pair ratios of main-thread task time at the load event, then the median.
  const ready = withRuns.filter((r) => r.sidebarReady).length;
  const ratios = withRuns.map((w, i) => w.loadTaskMs / withoutRuns[i].loadTaskMs);
  const loadWith = median(withRuns.map((r) => r.loadTaskMs));
  const loadWithout = median(withoutRuns.map((r) => r.loadTaskMs));
  // Visits where the sidebar had started before the load was measured: its work is then in the figure.
  const early = withRuns.filter(
    (r) => r.sidebarStartedAt === null || r.sidebarStartedAt < r.loadMeasuredAt,
  ).length;
  const loadFig = atMost(
    'load',
    'page load overhead',
    round(median(ratios), 3),
    'ratio',
    1.25,
    `median of ${ratios.length} alternated pairs on ${page}, at the load event; task time ${round(loadWith, 1)} ms with ÷ ${round(loadWithout, 1)} ms without; the sidebar may have started before that in ${early}/${withRuns.length} visits, and was ready in ${ready}/${withRuns.length}`,
    {
      ratios,
      withMs: withRuns.map((r) => r.loadTaskMs),
      withoutMs: withoutRuns.map((r) => r.loadTaskMs),
      early,
    },
  );
  if (ready < withRuns.length) {
    loadFig.verdict = 'MISS';
    loadFig.detail += ' (the sidebar did not always reach data-state="ready")';
  }
  out.push(loadFig);

  // The sidebar's start after the load, on its own: main-thread time from the load to ready.
  const startup = withRuns.map((r) => r.readyTaskMs - r.loadTaskMs);
  const untilReady = withRuns.map((w, i) => w.readyTaskMs / withoutRuns[i].readyTaskMs);
  out.push(
    info(
      'load.sidebar',
      'sidebar start-up after the page load',
      round(median(startup), 1),
      'ms',
      `main-thread task time from the load to the sidebar ready and the page idle (median of ${startup.length}); the whole visit to that point, with ÷ without: ${round(median(untilReady), 2)} (${round(median(withRuns.map((r) => r.readyTaskMs)), 1)} ms ÷ ${round(median(withoutRuns.map((r) => r.readyTaskMs)), 1)} ms)`,
      { startupMs: startup, untilReadyRatios: untilReady },
    ),
  );

  // Typing.
  if (!withRuns.every((r) => r.typed) || !withoutRuns.every((r) => r.typed)) {
    const why =
      withRuns.find((r) => !r.typed)?.typingNote ??
      withoutRuns.find((r) => !r.typed)?.typingNote ??
      'no text area';
    out.push(notMeasurable('typing', 'typing overhead', 'ratio', '≤ 1.1', `${why} on ${page}`));
  } else {
    const dWith = withRuns.flatMap((r) => interactionDurations(r.events, r.keys));
    const dWithout = withoutRuns.flatMap((r) => interactionDurations(r.events, r.keys));
    const pWith = p75(dWith);
    const pWithout = p75(dWithout);
    const over = (xs: number[]) => xs.filter((x) => x > 16).length;
    out.push(
      atMost(
        'typing',
        'typing overhead',
        round(pWith / pWithout, 3),
        'ratio',
        1.1,
        `p75 key interaction ${pWith} ms with ÷ ${pWithout} ms without (${dWith.length} keys each; over 16 ms: ${over(dWith)} with, ${over(dWithout)} without; under 16 ms counted as 16); typed into the ${withRuns[0].typingNote}`,
        { durationsWith: dWith, durationsWithout: dWithout },
      ),
    );
    const npWith = withRuns.flatMap((r) => r.nextPaint);
    const npWithout = withoutRuns.flatMap((r) => r.nextPaint);
    out.push(
      info(
        'typing.nextPaint',
        'typing: keydown to next frame, p75 ratio',
        round(p75(npWith) / p75(npWithout), 3),
        'ratio',
        `p75 ${round(p75(npWith), 2)} ms with ÷ ${round(p75(npWithout), 2)} ms without (not rounded; medians ${round(median(npWith), 2)} / ${round(median(npWithout), 2)} ms)`,
        { nextPaintWith: npWith, nextPaintWithout: npWithout },
      ),
    );
    const prWith = withRuns.flatMap((r) => processingTimes(r.events));
    const prWithout = withoutRuns.flatMap((r) => processingTimes(r.events));
    out.push(
      info(
        'typing.processing',
        'typing: event processing time, p75',
        prWith.length ? round(p75(prWith), 2) : null,
        'ms',
        `processingEnd − processingStart of the keydown/keypress/input/keyup entries over 16 ms: ${prWith.length} with (p75 ${prWith.length ? round(p75(prWith), 2) : '—'} ms), ${prWithout.length} without (p75 ${prWithout.length ? round(p75(prWithout), 2) : '—'} ms)`,
        { processingWith: prWith, processingWithout: prWithout },
      ),
    );
  }

  // Long animation frames, from the traced visits (extension) and the timed ones (without).
  if (traced.length === 0 || traced.some((r) => !r.work)) {
    out.push(
      notMeasurable(
        'longFrames',
        'long frames from the extension',
        'count',
        '0',
        'the traced visits failed or held no timing mark',
      ),
    );
  } else {
    const parts = traced.map((r) => extensionLongFrames(r.longFrames, r.work!));
    const caused = parts.flatMap((p) => p.caused);
    const uncovered = parts.flatMap((p) => p.uncovered);
    const shared = parts.flatMap((p) => p.shared);
    const n = caused.length + uncovered.length;
    const longestRun = Math.max(...traced.map((r) => r.work!.longest));
    out.push({
      key: 'longFrames',
      name: 'long frames from the extension',
      value: n,
      unit: 'count',
      target: '0',
      verdict: n === 0 ? 'PASS' : 'MISS',
      detail:
        `${traced.length} traced visits (load + typing): ${caused.length} frame(s) over 50 ms made long by extension script, ` +
        `${uncovered.length} extension script run(s) of 50 ms or more outside any reported frame; ${shared.length} long frame(s) had some extension script but were long without it; ` +
        `longest extension script run ${round(longestRun, 1)} ms, extension script per visit ${round(median(traced.map((r) => r.work!.total)), 1)} ms`,
      data: { caused, uncovered, shared, work: traced.map((r) => r.work) },
    });
  }
  const allWith = withRuns.flatMap((r) => r.longFrames);
  const allWithout = withoutRuns.flatMap((r) => r.longFrames);
  out.push(
    info(
      'longFrames.all',
      'long frames, all (with / without)',
      allWith.length,
      'count',
      `${allWith.length} with the extension, ${allWithout.length} without, over ${withRuns.length} timed visits each`,
      { withFrames: allWith, withoutFrames: allWithout },
    ),
  );
  return out;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const figures: Figure[] = [];
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    /* reported as unknown */
  }

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

  const browserFigures = [
    'page load overhead',
    'typing overhead',
    'long frames from the extension',
    're-check cost (200-field page)',
  ];
  if (!demo.ok) {
    for (const name of browserFigures)
      figures.push(notMeasurable(name, name, 'ratio', '', 'the demo build failed'));
    figures.push(
      ...(await measureStore(() => Promise.reject(new Error('no build')), {
        ok: false,
        why: 'the demo build failed',
      })),
    );
  } else {
    const { server, url } = await startDemoServer(0);
    let browsers: Browsers | null = null;
    try {
      browsers = await launchBoth(demo.dir);
      const page = conversationPage();
      const pageUrl = `${url}/${page.file}`;
      log(
        `page load and typing on ${page.note}: ${RUNS} visits each side, alternated (${TYPED.length} keys, ${KEY_DELAY_MS} ms apart)`,
      );
      const attempt = async (
        ctx: Browsers['with'],
        withExt: boolean,
        type: boolean,
        trace = false,
      ): Promise<VisitResult | null> => {
        for (let tries = 0; tries < 2; tries++) {
          try {
            return await visit(ctx, pageUrl, withExt, type, trace);
          } catch (error) {
            log(
              `  a visit ${withExt ? 'with' : 'without'} the extension failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
            );
          }
        }
        return null;
      };
      await attempt(browsers.with, true, false);
      await attempt(browsers.without, false, false);
      const withRuns: VisitResult[] = [];
      const withoutRuns: VisitResult[] = [];
      for (let i = 0; i < RUNS; i++) {
        const first = i % 2 === 0;
        const a = first ? await attempt(browsers.with, true, true) : null;
        const b = await attempt(browsers.without, false, true);
        const c = first ? a : await attempt(browsers.with, true, true);
        if (!c || !b) continue; // a pair is kept whole or not at all
        withRuns.push(c);
        withoutRuns.push(b);
        log(
          `  visit ${i + 1}/${RUNS}: task ${round(c.loadTaskMs, 1)} ms with, ${round(b.loadTaskMs, 1)} ms without`,
        );
      }
      if (withRuns.length === 0) throw new Error('every visit failed');
      // Traced visits, apart from the timed ones (tracing costs time): which long frames are the extension's.
      log(`long frames: ${TRACED_RUNS} traced visits with the extension`);
      const traced: VisitResult[] = [];
      for (let i = 0; i < TRACED_RUNS; i++) {
        const r = await attempt(browsers.with, true, true, true);
        if (r) traced.push(r);
      }
      figures.push(...pageFigures(withRuns, withoutRuns, traced, page.file));

      log('re-check cost on the 200-field page …');
      if (!bench200.ok)
        figures.push(
          notMeasurable('recheck', 're-check cost (200-field page)', 'ms', '≤ 2 ms', bench200.why),
        );
      else
        figures.push(
          ...(await measureRecheck(
            browsers.without,
            `${url}/${BENCH_PAGE}`,
            recheck,
            checker ? await checker : null,
          )),
        );

      log('the case store at 10,000 cases, in the service worker …');
      const b = browsers;
      figures.push(...(await measureStore(() => b.worker(), store)));
      log('the same import through the checklist page …');
      figures.push(
        await measureImportThroughChecklist(b.with, b.extensionId, () => b.worker(), store),
      );
      figures.push(
        info(
          'network',
          'requests off 127.0.0.1 (with the extension)',
          b.offHost.length,
          'count',
          b.offHost.length
            ? `to: ${[...new Set(b.offHost)].slice(0, 5).join(', ')}`
            : 'every request of the pages went to the demo server or the extension itself',
          { urls: b.offHost },
        ),
      );
    } finally {
      await browsers?.close();
      server.close();
    }
  }

  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `\nMosaic Companion benchmark — ${chromiumVersion}, ${new Date().toISOString()}, ${round(seconds, 0)} s\n`,
  );
  // The figures with a target first, one line each; then the context behind them.
  for (const f of figures.filter((x) => x.verdict !== 'INFO')) console.log(formatLine(f));
  console.log('\nContext (no target of its own):\n');
  for (const f of figures.filter((x) => x.verdict === 'INFO')) console.log(formatLine(f));
  const file = await writeReport(OUT_DIR, figures, {
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    seconds,
    runs: RUNS,
    builds: { demo: { ok: demo.ok, ms: demo.ms }, production: { ok: prod.ok, ms: prod.ms } },
  });
  const missed = figures.filter((f) => f.verdict === 'MISS').length;
  console.log(
    `\n${figures.filter((f) => f.verdict === 'PASS').length} PASS, ${missed} MISS — ${file}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
