/**
 * Re-check cost: one full re-check (read the page + run every rule) of the 200-field page, timed
 * in the page with the same reader and rules code the sidebar runs (bundled for the benchmark and
 * added to the page), over many iterations; the median is the figure.
 *
 * The sidebar's reading session keeps the page's structure between re-checks and reads only the
 * values again until the page changes (lib/page/reader/session.ts). So two series are timed:
 * - the figure: a full re-check from scratch (`readPage`), as after the page itself changes (a
 *   tab opened, a row added);
 * - for context: the re-check after a keystroke (a Section 2 area's text changed between
 *   iterations; the structure kept by a `ReadingSession`).
 */
import type { BrowserContext } from '@playwright/test';
import { atMost, info, median, notMeasurable, quantile, round, type Figure } from './figures';
import { NAME_SHIM, type Bundle } from './bundles';

export const WARMUP = 20;
export const ITERATIONS = 200;

interface InPage {
  error?: string;
  times?: number[];
  typingTimes?: number[];
  fromScratch?: boolean;
  fullTimes?: number[] | null;
  fullError?: string | null;
  batchMean?: number;
  controls?: number;
  fieldsFound?: number;
  fieldsRead?: number;
  findings?: number;
  rules?: number;
}

export async function measureRecheck(
  context: BrowserContext,
  url: string,
  recheck: Bundle,
  checker: Bundle | null,
): Promise<Figure[]> {
  const KEY = 'recheck';
  const NAME = 're-check cost (200-field page)';
  if (!recheck.ok)
    return [
      notMeasurable(
        KEY,
        NAME,
        'ms',
        '≤ 2 ms',
        `reader/rules bundle failed: ${recheck.why.slice(0, 200)}`,
      ),
    ];
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(NAME_SHIM);
    await page.evaluate(recheck.code);
    if (checker?.ok) await page.evaluate(checker.code);
    const r: InPage = await page.evaluate(
      ({ warmup, iterations }) => {
        type R = {
          readPage: (
            d: Document,
            o?: unknown,
          ) => { snapshot: { fields: Record<string, { found: boolean }> } };
          runRules: (s: unknown, c: unknown) => unknown[];
          RULES: unknown[];
          DEFAULT_SETTINGS: { labelOverrides?: unknown };
        };
        const g = globalThis as unknown as {
          __mcRecheck: R & {
            reader: {
              ReadingSession: new (d: Document) => { read(o?: unknown): ReturnType<R['readPage']> };
            };
          };
          __mcChecker?: {
            Checker: new (doc: Document, host: Element, found: unknown) => { run(): unknown };
            detectPage(d: Document): unknown;
          };
        };
        const { readPage, runRules, RULES, DEFAULT_SETTINGS } = g.__mcRecheck;
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
          new Date(),
        );
        const ctx = { settings: DEFAULT_SETTINGS, today, waitingReviews: [] as string[] };
        const options = { labelOverrides: DEFAULT_SETTINGS.labelOverrides };
        const once = () => runRules(readPage(document, options).snapshot, ctx);
        let snapshot;
        let findings;
        try {
          snapshot = readPage(document, options).snapshot;
          findings = runRules(snapshot, ctx);
        } catch (e) {
          return { error: e instanceof Error ? e.message : String(e) };
        }
        const fromScratch = true;
        for (let i = 0; i < warmup; i++) once();
        const times: number[] = [];
        let batch = 0;
        for (let i = 0; i < iterations; i++) {
          const t0 = performance.now();
          once();
          const t1 = performance.now();
          times.push(t1 - t0);
          batch += t1 - t0;
        }
        const batchMean = batch / iterations;

        // After a keystroke: one of the visible text areas gets one more character each time.
        const area = Array.from(document.querySelectorAll('textarea')).find(
          (t) => t.getBoundingClientRect().height > 0 && !t.readOnly,
        );
        const typingTimes: number[] = [];
        if (area) {
          const base = area.value;
          const session = new g.__mcRecheck.reader.ReadingSession(document);
          const again = () => runRules(session.read(options).snapshot, ctx);
          again();
          for (let i = 0; i < warmup + iterations; i++) {
            area.value = `${base} ${'x'.repeat(i % 40)}`;
            const t0 = performance.now();
            again();
            if (i >= warmup) typingTimes.push(performance.now() - t0);
          }
          area.value = base;
        }

        // The sidebar's whole re-check (reader, rules, eligibility, budget, view), where it can be built.
        let fullTimes: number[] | null = null;
        let fullError: string | null = null;
        if (g.__mcChecker) {
          try {
            const host = document.createElement('div');
            const c = new g.__mcChecker.Checker(document, host, g.__mcChecker.detectPage(document));
            for (let i = 0; i < warmup; i++) c.run();
            fullTimes = [];
            for (let i = 0; i < iterations; i++) {
              const t0 = performance.now();
              c.run();
              fullTimes.push(performance.now() - t0);
            }
          } catch (e) {
            fullError = e instanceof Error ? e.message : String(e);
          }
        }
        const fields = Object.values(snapshot.fields);
        return {
          times,
          typingTimes,
          fromScratch,
          batchMean,
          fullTimes,
          fullError,
          controls: document.querySelectorAll('input:not([type=hidden]), select, textarea').length,
          fieldsRead: fields.length,
          fieldsFound: fields.filter((f) => f.found).length,
          findings: findings.length,
          rules: RULES.length,
        };
      },
      { warmup: WARMUP, iterations: ITERATIONS },
    );
    if (r.error || !r.times)
      return [notMeasurable(KEY, NAME, 'ms', '≤ 2 ms', `the re-check threw: ${r.error}`)];
    const m = median(r.times);
    const out: Figure[] = [
      atMost(
        KEY,
        NAME,
        round(m, 3),
        'ms',
        2,
        `${r.fromScratch ? 'from scratch, ' : ''}median of ${ITERATIONS} (p90 ${round(quantile(r.times, 0.9), 2)} ms, mean ${round(r.batchMean ?? NaN, 3)} ms); ` +
          `${r.controls} controls, ${r.fieldsFound}/${r.fieldsRead} fields found, ${r.rules} rules, ${r.findings} findings`,
        {
          times: r.times,
          batchMean: r.batchMean,
          controls: r.controls,
          fieldsRead: r.fieldsRead,
          fieldsFound: r.fieldsFound,
          rules: r.rules,
          findings: r.findings,
        },
      ),
    ];
    if (r.typingTimes?.length)
      out.push(
        info(
          'recheck.typing',
          're-check after a keystroke (200 fields)',
          round(median(r.typingTimes), 3),
          'ms',
          `median of ${r.typingTimes.length}: a text area changed between re-checks, the page's structure kept (p90 ${round(quantile(r.typingTimes, 0.9), 2)} ms)`,
          { times: r.typingTimes },
        ),
      );
    if (r.fullTimes)
      out.push(
        info(
          'recheck.sidebar',
          'sidebar re-check incl. eligibility, budget, view',
          round(median(r.fullTimes), 3),
          'ms',
          `median of ${ITERATIONS}, Checker.run() of the sidebar on the same page, nothing changed between runs`,
          { times: r.fullTimes },
        ),
      );
    else if (checker)
      out.push(
        info(
          'recheck.sidebar',
          'sidebar re-check incl. eligibility, budget, view',
          null,
          'ms',
          `not measurable: ${checker.ok ? r.fullError : checker.why.slice(0, 160)}`,
        ),
      );
    return out;
  } finally {
    await page.close();
  }
}
