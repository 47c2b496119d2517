/**
 * The re-check figures on the 200-field page, timed in the page (no CPU slowdown) with the same
 * reader, rules and checker code the sidebar runs (bundled for the benchmark and added to the
 * page; the in-page part is recheck-page.ts):
 * - re-check cost: one full re-check from scratch (`readPage` + `runRules`), as after the page
 *   itself changes (a tab opened, a row added), ÷ one bare walk of the same page (a TreeWalker
 *   reading every element's tag, attributes and text), the two alternated; medians of samples
 *   of BATCH runs (performance.now() is coarsened to 0.1 ms in the page);
 * - re-check after a keystroke: the sidebar's whole re-check (`Checker.run()`: its reading session
 *   keeps the page's structure, then rules, eligibility, budget and the view) after a text area's
 *   text changed, the extension's script only; the median.
 */
import type { BrowserContext } from '@playwright/test';
import { atMost, info, median, notMeasurable, quantile, round, type Figure } from './figures';
import { NAME_SHIM, type Bundle } from './bundles';
import { inPage, type InPage } from './recheck-page';

export const WARMUP = 20;
export const ITERATIONS = 200;
/** Runs per sample (each sample is their mean). */
export const BATCH = 5;
export const COST_TARGET = 4;
export const KEYSTROKE_TARGET_MS = 0.5;

const COST = { key: 'recheck', name: 're-check cost (200-field page) ÷ bare walk' };
const KEYSTROKE = { key: 'recheck.keystroke', name: 're-check after a keystroke at 1×' };

function cannot(why: string): Figure[] {
  return [
    notMeasurable(COST.key, COST.name, 'ratio', `≤ ${COST_TARGET}`, why),
    notMeasurable(KEYSTROKE.key, KEYSTROKE.name, 'ms', `≤ ${KEYSTROKE_TARGET_MS} ms`, why),
  ];
}

const ms = (xs: number[]) =>
  `median ${round(median(xs), 3)} ms, p90 ${round(quantile(xs, 0.9), 2)} ms`;

export async function measureRecheck(
  context: BrowserContext,
  url: string,
  recheck: Bundle,
  checker: Bundle | null,
): Promise<Figure[]> {
  if (!recheck.ok) return cannot(`reader/rules bundle failed: ${recheck.why.slice(0, 200)}`);
  const page = await context.newPage();
  let r: InPage;
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(NAME_SHIM);
    await page.evaluate(recheck.code);
    if (checker?.ok) await page.evaluate(checker.code);
    r = await page.evaluate(inPage, { warmup: WARMUP, iterations: ITERATIONS, batch: BATCH });
  } finally {
    await page.close();
  }
  if (r.error || !r.times || !r.walkTimes?.length)
    return cannot(`the re-check threw: ${r.error ?? 'no timings'}`);
  const check = median(r.times);
  const walk = median(r.walkTimes);
  const page200 = `${r.controls} controls, ${r.elements} elements, ${r.fieldsFound}/${r.fieldsRead} fields found, ${r.rules} rules, ${r.findings} findings`;
  const out: Figure[] = [
    atMost(
      COST.key,
      COST.name,
      round(check / walk, 2),
      'ratio',
      COST_TARGET,
      `from scratch ${round(check, 3)} ms ÷ bare walk ${round(walk, 3)} ms, medians of ${ITERATIONS} samples each (a sample: the mean of ${BATCH} in a row), alternated (re-check ${ms(r.times)}; walk ${ms(r.walkTimes)}); ${page200}`,
      { times: r.times, walkTimes: r.walkTimes, controls: r.controls, elements: r.elements },
    ),
    info(
      'recheck.ms',
      're-check from scratch (200-field page)',
      round(check, 3),
      'ms',
      `the absolute time behind the re-check cost: ${ms(r.times)}`,
    ),
  ];
  const typing = r.typingTimes?.length
    ? `; reader + rules alone ${ms(r.typingTimes)}`
    : '; no text area to type into';
  if (r.keystrokeTimes?.length)
    out.push(
      atMost(
        KEYSTROKE.key,
        KEYSTROKE.name,
        round(median(r.keystrokeTimes), 3),
        'ms',
        KEYSTROKE_TARGET_MS,
        `Checker.run() of the sidebar after a text area's text changed, median of ${r.keystrokeTimes.length} samples of ${BATCH} keys (p90 ${round(quantile(r.keystrokeTimes, 0.9), 2)} ms); the page's structure kept${typing}`,
        { times: r.keystrokeTimes, readerAndRules: r.typingTimes },
      ),
    );
  else
    out.push(
      notMeasurable(
        KEYSTROKE.key,
        KEYSTROKE.name,
        'ms',
        `≤ ${KEYSTROKE_TARGET_MS} ms`,
        checker === null || !checker.ok
          ? `the sidebar's checker does not build${checker && !checker.ok ? `: ${checker.why.slice(0, 160)}` : ''}${typing}`
          : `${r.keystrokeError ?? 'no text area to type into'}${typing}`,
      ),
    );
  return out;
}
