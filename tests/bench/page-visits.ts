/**
 * The visits behind the page figures at one CPU setting: one warm-up visit each side (not in a
 * quick run), then `runs`
 * visits with the extension and without it, alternating which goes first (a pair is kept whole or
 * not at all), then `traced` visits with the extension under a CDP trace (apart from the timed
 * ones: tracing costs time), for the long frames and the sidebar's start-up.
 */
import type { BrowserContext } from '@playwright/test';
import { round } from './figures';
import { visit, type VisitOptions, type VisitResult } from './page-figures';

export interface PageVisits {
  rate: number;
  withRuns: VisitResult[];
  withoutRuns: VisitResult[];
  traced: VisitResult[];
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
  const withRuns: VisitResult[] = [];
  const withoutRuns: VisitResult[] = [];
  for (let i = 0; i < counts.runs; i++) {
    const first = i % 2 === 0;
    const a = first ? await attempt(true, timed) : null;
    const b = await attempt(false, timed);
    const c = first ? a : await attempt(true, timed);
    if (!c || !b) continue;
    withRuns.push(c);
    withoutRuns.push(b);
    log(
      `  ${rate}× visit ${i + 1}/${counts.runs}: task ${round(c.loadTaskMs, 1)} ms with, ${round(b.loadTaskMs, 1)} ms without`,
    );
  }
  if (withRuns.length === 0) throw new Error(`every visit at ${rate}× failed`);
  const traced: VisitResult[] = [];
  for (let i = 0; i < counts.traced; i++) {
    const r = await attempt(true, { type: true, trace: true });
    if (r) traced.push(r);
  }
  return { rate, withRuns, withoutRuns, traced };
}
