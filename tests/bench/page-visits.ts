/**
 * The visits behind the page figures at one CPU setting: one warm-up visit each side (not in a
 * quick run), then `runs`
 * visits with the extension and without it, alternating which goes first (a pair is kept whole or
 * not at all), then `traced` visits with the extension under a CDP trace (apart from the timed
 * ones: tracing costs time), for the long frames and the sidebar's start-up.
 *
 * The page load figure is asked for when the load event is reported, and the renderer answers a
 * moment later; the detector asks for the sidebar at the first idle moment after the load. Where
 * the figure was taken after that (a slow moment of the machine's), it may hold the sidebar's
 * start, which is not the page's load: the pair is visited again, both sides, up to
 * `REDO_PAIRS` times, and the pairs redone are counted in the figure's detail.
 */
import type { BrowserContext } from '@playwright/test';
import { round } from './figures';
import { visit, type VisitOptions, type VisitResult } from './page-figures';

export interface PageVisits {
  rate: number;
  withRuns: VisitResult[];
  withoutRuns: VisitResult[];
  traced: VisitResult[];
  /** Pairs visited again because the load figure with the extension came after the sidebar was asked for. */
  redone: number;
}

/** The most times one pair is visited again (see above). */
const REDO_PAIRS = 2;

/** The load figure of a visit with the extension was taken after the detector asked for the sidebar. */
export function takenAfterSidebar(r: VisitResult): boolean {
  return r.sidebarAskedAt !== null && r.sidebarAskedAt < r.loadMeasuredAt;
}

export async function pageVisits(
  contexts: { with: BrowserContext; without: BrowserContext },
  url: string,
  rate: number,
  counts: { runs: number; traced: number; warmUp: boolean },
  log: (s: string) => void,
): Promise<PageVisits> {
  const attempt = async (
    withExtension: boolean,
    options: Omit<VisitOptions, 'withExtension' | 'rate'>,
  ): Promise<VisitResult | null> => {
    const context = withExtension ? contexts.with : contexts.without;
    for (let tries = 0; tries < 2; tries++) {
      try {
        return await visit(context, url, { ...options, withExtension, rate });
      } catch (error) {
        log(
          `  a visit ${withExtension ? 'with' : 'without'} the extension at ${rate}× failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
        );
      }
    }
    return null;
  };
  const timed = { type: true, trace: false };
  if (counts.warmUp) {
    await attempt(true, { type: false, trace: false });
    await attempt(false, { type: false, trace: false });
  }
  const pair = async (withFirst: boolean) => {
    const a = withFirst ? await attempt(true, timed) : null;
    const b = await attempt(false, timed);
    const c = withFirst ? a : await attempt(true, timed);
    return c && b ? { with: c, without: b } : null;
  };
  const withRuns: VisitResult[] = [];
  const withoutRuns: VisitResult[] = [];
  let redone = 0;
  for (let i = 0; i < counts.runs; i++) {
    let visited = await pair(i % 2 === 0);
    for (let again = 0; visited && takenAfterSidebar(visited.with) && again < REDO_PAIRS; again++) {
      log(`  ${rate}× visit ${i + 1}: the load figure came after the sidebar was asked for; again`);
      redone++;
      visited = await pair(i % 2 === 0);
    }
    if (!visited) continue;
    withRuns.push(visited.with);
    withoutRuns.push(visited.without);
    log(
      `  ${rate}× visit ${i + 1}/${counts.runs}: task ${round(visited.with.loadTaskMs, 1)} ms with, ${round(visited.without.loadTaskMs, 1)} ms without`,
    );
  }
  if (withRuns.length === 0) throw new Error(`every visit at ${rate}× failed`);
  const traced: VisitResult[] = [];
  for (let i = 0; i < counts.traced; i++) {
    const r = await attempt(true, { type: true, trace: true });
    if (r) traced.push(r);
  }
  return { rate, withRuns, withoutRuns, traced, redone };
}
