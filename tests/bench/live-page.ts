/**
 * A live page with no step: the demo application's shell with its busy work view (`churn=1` in
 * tests/demo/site/app/app.js: 5,000 elements, drawn again in part 20 times a second for 10 s,
 * never a step), loaded with the extension and without it, alternately, at 4× CPU, each visit
 * traced. The figure is the extension's main-thread time ÷ the page's own, while the view changes
 * (and two seconds after, for the detector's last look).
 *
 * The page's own time is the main thread's task time of the visit without the extension: the
 * page measured with nothing of ours in it, so that nothing the extension causes (a longer
 * garbage collection, a style recalculation its reading forces) can pass for the page's own. The
 * extension's time is its script on the page's main thread in the traced visit with it (the
 * detector's observer callbacks, its idle looks), from the trace.
 */
import type { BrowserContext } from '@playwright/test';
import { atMost, median, notMeasurable, round, type Figure } from './figures';
import { extensionWork, startTrace, syncMark, workBetween, type WorkBetween } from './trace';

export const LIVE_PAGE = 'app/index.html?churn=1';
export const LIVE_RATE = 4;
/**
 * After the view stops changing, the detector's last look comes at most 2 s later: up to 1.5 s
 * between looks where a look is dear (lib/page/follow.ts), then up to 0.5 s for an idle moment.
 */
const SETTLE_MS = 2000;
const START = 'mosaic-demo:churn-start';
const END = 'mosaic-demo:churn-end';

export interface LiveVisit {
  work: WorkBetween;
  /** How long the view changed (ms) and how many times. */
  churnMs: number;
  ticks: number;
}

async function liveVisit(context: BrowserContext, url: string, rate: number): Promise<LiveVisit> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const stop = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction((end) => performance.getEntriesByName(end).length > 0, END, {
      timeout: 60_000,
    });
    await page.waitForTimeout(SETTLE_MS);
    const marks = await page.evaluate(
      ([start, end]) => {
        const s = performance.getEntriesByName(start)[0];
        const e = performance.getEntriesByName(end)[0] as PerformanceMark;
        return { start: s.startTime, end: e.startTime, ticks: (e.detail?.ticks as number) ?? 0 };
      },
      [START, END],
    );
    const markStart = await syncMark(page);
    const work = extensionWork(await stop(), markStart);
    await cdp.detach().catch(() => {});
    if (!work) throw new Error('the trace held no timing mark');
    return {
      work: workBetween(work, marks.start, marks.end + SETTLE_MS),
      churnMs: marks.end - marks.start,
      ticks: marks.ticks,
    };
  } finally {
    await page.close();
  }
}

export async function measureLivePage(
  withExt: BrowserContext,
  without: BrowserContext,
  baseUrl: string,
  pairs: number,
  log: (s: string) => void,
): Promise<Figure> {
  const KEY = 'live';
  const NAME = `a live page with no step at ${LIVE_RATE}×`;
  const url = `${baseUrl}/${LIVE_PAGE}`;
  const withRuns: LiveVisit[] = [];
  const withoutRuns: LiveVisit[] = [];
  try {
    for (let i = 0; i < pairs; i++) {
      const order = i % 2 === 0 ? [true, false] : [false, true];
      const pair: Partial<Record<'with' | 'without', LiveVisit>> = {};
      for (const ext of order)
        pair[ext ? 'with' : 'without'] = await liveVisit(ext ? withExt : without, url, LIVE_RATE);
      withRuns.push(pair.with!);
      withoutRuns.push(pair.without!);
      log(
        `  live page ${i + 1}/${pairs}: extension ${round(pair.with!.work.extensionMs, 1)} ms, page without ${round(pair.without!.work.taskMs, 0)} ms`,
      );
    }
  } catch (error) {
    return notMeasurable(
      KEY,
      NAME,
      'ratio',
      '≤ 0.05',
      `${error instanceof Error ? error.message.split('\n')[0] : error} on ${LIVE_PAGE}`,
    );
  }
  const ratios = withRuns.map((w, i) => w.work.extensionMs / withoutRuns[i].work.taskMs);
  const ext = median(withRuns.map((r) => r.work.extensionMs));
  const own = median(withoutRuns.map((r) => r.work.taskMs));
  const sameTrace = median(
    withRuns.map((r) => r.work.extensionMs / (r.work.taskMs - r.work.extensionMs)),
  );
  const allWith = median(withRuns.map((r) => r.work.taskMs));
  return atMost(
    KEY,
    NAME,
    round(median(ratios), 4),
    'ratio',
    0.05,
    `median of ${ratios.length} alternated pairs on ${LIVE_PAGE}: extension script ${round(ext, 1)} ms (longest task ${round(Math.max(...withRuns.map((r) => r.work.longestTask)), 1)} ms) ÷ the page's main-thread task time without the extension ${round(own, 0)} ms, ` +
      `over ${round(median(withRuns.map((r) => r.churnMs)) / 1000, 1)} s of changes (${median(withRuns.map((r) => r.ticks))} redraws) + ${SETTLE_MS / 1000} s; ` +
      `for context, against the rest of the same trace: ${round(sameTrace, 4)}; all task time with ÷ without ${round(allWith / own, 3)}`,
    {
      ratios,
      withExtension: withRuns,
      without: withoutRuns,
    },
  );
}
