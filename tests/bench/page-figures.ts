/**
 * One visit of the page figures (page load overhead, typing overhead, long animation frames, the
 * sidebar's start-up): the demo Carers Conversation page loaded, and typed into, in the browser
 * with the extension or the one without, with the page's CPU slowed `rate` times (CDP
 * `Emulation.setCPUThrottlingRate`, set before the navigation).
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { attribute, extensionWork, startTrace, syncMark, type ExtensionWork } from './trace';

/** The text typed into a Section 2 area: 40 keys. */
export const TYPED = 'Caring for mum every day since March. Ok';
/** Pause between keys (ms): a fast typist, about 120 words a minute. */
export const KEY_DELAY_MS = 100;
/** Longer than the sidebar's promise to be ready again within 500 ms of the last keystroke. */
const AFTER_TYPING_MS = 700;

export interface LongFrame {
  start: number;
  duration: number;
  blockingDuration: number;
  /** When the frame's rendering began (0: none), and its style and layout (page clock, ms). */
  renderStart?: number;
  styleAndLayoutStart?: number;
  scripts: Array<{ sourceURL: string; invoker: string; duration: number }>;
  /** Script of the extension ran during the frame (from the trace, where the visit was traced). */
  extension: boolean;
  /** How long extension script ran during the frame (ms), where the visit was traced. */
  extensionMs?: number;
}

export interface EventSample {
  name: string;
  interactionId: number;
  duration: number;
  processing: number;
  start: number;
}

export interface VisitResult {
  /** Main-thread task time (CDP Performance TaskDuration, thread time) of the page load: to its load event (ms). */
  loadTaskMs: number;
  /** The same, from the start until the sidebar is ready and the page idle (without the extension: until idle) (ms). */
  readyTaskMs: number;
  /**
   * When the load figure was taken (the metrics' own timestamp) and when the detector asked for the
   * sidebar (its mark), in the page's clock (ms); the mark is null without the extension.
   */
  loadMeasuredAt: number;
  sidebarAskedAt: number | null;
  /** The sidebar reached data-state="ready" (with the extension only). */
  sidebarReady: boolean | null;
  /** When the sidebar was ready and the page idle after it (the page's clock, ms). */
  readyAt: number;
  /** Event Timing entries of the typing (durationThreshold 16). */
  events: EventSample[];
  /** Per key: time from the keydown's timestamp to after the next frame (ms, not rounded). */
  nextPaint: number[];
  /** Keys typed. */
  keys: number;
  longFrames: LongFrame[];
  typed: boolean;
  typingNote: string;
  /** The extension's script on the page's main thread, where the visit was traced. */
  work: ExtensionWork | null;
}

/** Finds "a Section 2 text area": the first textarea after the Section 2 heading, else the first textarea. */
async function section2TextareaIndex(page: Page): Promise<{ index: number; how: string } | null> {
  return page.evaluate(() => {
    const areas = Array.from(document.querySelectorAll('textarea')).filter((t) => {
      const r = t.getBoundingClientRect();
      return !t.disabled && !t.readOnly && r.width > 0 && r.height > 0;
    });
    if (areas.length === 0) return null;
    const all = Array.from(document.querySelectorAll('textarea'));
    const allHeadings = Array.from(
      document.querySelectorAll('h1,h2,h3,h4,h5,h6,legend,[role="heading"],summary,caption'),
    );
    const headings = [
      ...allHeadings.filter((h) => /carers wellbeing conversation/i.test(h.textContent ?? '')),
      ...allHeadings.filter((h) => /section\s*2\b/i.test(h.textContent ?? '')),
    ];
    for (const h of headings) {
      const after = areas.find(
        (t) => h.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      if (after)
        return {
          index: all.indexOf(after),
          how: `first text area after “${(h.textContent ?? '').trim().slice(0, 60)}”`,
        };
    }
    return {
      index: all.indexOf(areas[0]),
      how: 'first text area on the page (no Section 2 heading found)',
    };
  });
}

/** Installed before typing: Event Timing entries and per-key next-frame latency, in the page's own world. */
function installTypingObservers(): void {
  const w = window as unknown as { __mcEvents: unknown[]; __mcNextPaint: number[] };
  w.__mcEvents = [];
  w.__mcNextPaint = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<
      PerformanceEventTiming & { interactionId?: number }
    >) {
      w.__mcEvents.push({
        name: e.name,
        interactionId: e.interactionId ?? 0,
        duration: e.duration,
        processing: e.processingEnd - e.processingStart,
        start: e.startTime,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  addEventListener(
    'keydown',
    (ev) => {
      const t0 = ev.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => w.__mcNextPaint.push(performance.now() - t0);
        ch.port2.postMessage(null);
      });
    },
    true,
  );
}

async function collectLongFrames(page: Page): Promise<LongFrame[]> {
  return page.evaluate(
    () =>
      new Promise<LongFrame[]>((resolve) => {
        const seen: PerformanceEntry[] = [];
        let observer: PerformanceObserver;
        try {
          observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
          observer.observe({ type: 'long-animation-frame', buffered: true });
        } catch {
          resolve([]);
          return;
        }
        setTimeout(() => {
          seen.push(...observer.takeRecords());
          observer.disconnect();
          resolve(
            seen.map((raw) => {
              const e = raw as PerformanceEntry & {
                blockingDuration: number;
                renderStart: number;
                styleAndLayoutStart: number;
                scripts: Array<{ sourceURL: string; invoker: string; duration: number }>;
              };
              const scripts = (e.scripts ?? []).map((s) => ({
                sourceURL: s.sourceURL,
                invoker: s.invoker,
                duration: s.duration,
              }));
              return {
                start: e.startTime,
                duration: e.duration,
                blockingDuration: e.blockingDuration,
                renderStart: e.renderStart,
                styleAndLayoutStart: e.styleAndLayoutStart,
                scripts,
                extension: scripts.some(
                  (s) =>
                    s.sourceURL.startsWith('chrome-extension://') ||
                    s.invoker.includes('chrome-extension://'),
                ),
              };
            }),
          );
        }, 100);
      }),
  );
}

/** The mark the detector leaves in the page's performance timeline when it asks for the sidebar. */
export const SIDEBAR_ASKED_MARK = 'mosaic-companion:sidebar-asked';

/** Two frames, then an idle moment of the page's. */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2000 })),
        ),
      ),
  );
}

/**
 * Clicks `target` as a worker does: a plain mouse click at its middle, found first, at an idle
 * moment, so that none of Playwright's checks before a click (its script in the page) runs with it.
 */
export async function clickLikeAWorker(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the element to click has no box on screen');
  await idle(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function waitReady(page: Page, withExtension: boolean): Promise<boolean | null> {
  if (!withExtension) return null;
  return sidebarReady(page, 15_000);
}

/**
 * Waits until the sidebar is ready (`data-state="ready"`), looking from the page's own world every
 * 50 ms. Not with a Playwright locator: the first use of one in a page evaluates Playwright's
 * selector engine there (30 to 40 ms at 4×), which then fell among the sidebar's start-up tasks and
 * into the frames the long-frame figure counts. Resolves false when it is not ready in time.
 */
export async function sidebarReady(page: Page, timeoutMs: number): Promise<boolean> {
  return page.evaluate(
    (timeout) =>
      new Promise<boolean>((resolve) => {
        const started = performance.now();
        // No named functions in here: the bench's TypeScript runner would wrap them in a helper
        // the page does not have.
        const timer = setInterval(() => {
          const host = document.querySelector('mosaic-companion');
          const bar = host?.shadowRoot?.querySelector('[data-testid="mc-sidebar"]');
          const ready = bar?.getAttribute('data-state') === 'ready';
          if (!ready && performance.now() - started <= timeout) return;
          clearInterval(timer);
          resolve(ready);
        }, 50);
      }),
    timeoutMs,
  );
}

export interface VisitOptions {
  withExtension: boolean;
  /** Type into a Section 2 text area after the load. */
  type: boolean;
  /** Trace the visit (tracing costs time: not for the timed visits). */
  trace: boolean;
  /** CPU slowdown of the page (1: none). */
  rate: number;
}

/** One visit: load (timed), then type 40 keys into a Section 2 text area, then collect long frames. */
export async function visit(
  context: BrowserContext,
  url: string,
  { withExtension, type, trace, rate }: VisitOptions,
): Promise<VisitResult> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const stopTrace = trace ? await startTrace(cdp) : null;
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () => {
      const { metrics: all } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => all.find((m) => m.name === name)?.value ?? Number.NaN;
      return {
        taskMs: value('TaskDuration') * 1000,
        // When the renderer took them, as ms since the navigation started: the page's own clock.
        at: (value('Timestamp') - value('NavigationStart')) * 1000,
      };
    };
    // The page load: main-thread task time when its load event has fired, asked for at once.
    await cdp.send('Page.enable');
    let atLoad: ReturnType<typeof metrics> | null = null;
    cdp.once('Page.loadEventFired', () => {
      atLoad = metrics();
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const { taskMs: loadTaskMs, at: loadMeasuredAt } = await (atLoad ?? metrics());
    // Then the sidebar's start, after the load (with the extension), until it is ready and the page idle.
    const sidebarReady = await waitReady(page, withExtension);
    await idle(page);
    const { taskMs: readyTaskMs } = await metrics();
    const readyAt = await page.evaluate(() => performance.now());
    const sidebarAskedAt = withExtension
      ? await page.evaluate(
          (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null,
          SIDEBAR_ASKED_MARK,
        )
      : null;

    let events: EventSample[] = [];
    let nextPaint: number[] = [];
    let typed = false;
    let typingNote = 'not typed';
    if (type) {
      // Playwright's selector engine, evaluated in the page on its first use, in a moment of its
      // own (both sides alike), not in the frame of the first key or click.
      await page.locator('body').count();
      await idle(page);
      const target = await section2TextareaIndex(page);
      if (!target) typingNote = 'no text area on the page';
      else {
        const area = page.locator('textarea').nth(target.index);
        await clickLikeAWorker(page, area);
        await idle(page);
        // The timed visits' typing figures need a listener and a frame callback of ours in the
        // page on every key; the traced visits judge the frames, so they carry none.
        if (!trace) await page.evaluate(installTypingObservers);
        await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
        if (!trace)
          await page.waitForFunction(
            (n) => (window as unknown as { __mcNextPaint: number[] }).__mcNextPaint.length >= n,
            TYPED.length,
            { timeout: 10_000 },
          );
        await page.waitForTimeout(AFTER_TYPING_MS);
        await waitReady(page, withExtension);
        await idle(page);
        events = await page.evaluate(
          () => (window as unknown as { __mcEvents: EventSample[] }).__mcEvents,
        );
        nextPaint = await page.evaluate(
          () => (window as unknown as { __mcNextPaint: number[] }).__mcNextPaint,
        );
        typed = true;
        typingNote = target.how;
      }
    }
    let longFrames = await collectLongFrames(page);
    let work: ExtensionWork | null = null;
    if (stopTrace) {
      const markStart = await syncMark(page);
      work = extensionWork(await stopTrace(), markStart);
      if (work) longFrames = attribute(longFrames, work);
    }
    await cdp.detach().catch(() => {});
    return {
      loadTaskMs,
      readyTaskMs,
      loadMeasuredAt,
      sidebarAskedAt,
      sidebarReady,
      readyAt,
      events,
      nextPaint,
      keys: typed ? TYPED.length : 0,
      longFrames,
      typed,
      typingNote,
      work,
    };
  } finally {
    await page.close();
  }
}

/**
 * Per key interaction: the longest Event Timing duration among its entries (keydown, keypress,
 * keyup share an interactionId). Keys with no entry took under the 16 ms threshold: they count as
 * 16 ms, the most they can have taken, so both sides of the ratio are treated alike.
 */
export function interactionDurations(
  events: EventSample[],
  keys: number,
  threshold = 16,
): number[] {
  const byId = new Map<number, number>();
  for (const e of events) {
    if (!e.interactionId) continue;
    byId.set(e.interactionId, Math.max(byId.get(e.interactionId) ?? 0, e.duration));
  }
  const out = [...byId.values()];
  while (out.length < keys) out.push(threshold);
  return out;
}

/** Processing time (processingEnd − processingStart) of the reported keydown, keyup and input entries. */
export function processingTimes(events: EventSample[]): number[] {
  return events
    .filter(
      (e) =>
        e.name === 'keydown' || e.name === 'keyup' || e.name === 'input' || e.name === 'keypress',
    )
    .map((e) => e.processing);
}
