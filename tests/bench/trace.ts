/**
 * Long animation frames attributed to the extension. Chromium leaves extension scripts out of a
 * long-animation-frame entry's `scripts` (the page may not see them), so the frames are matched
 * against a CDP performance trace of the same visit: a frame is the extension's when script of
 * the extension (a chrome-extension:// URL) ran on the page's main thread during it.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { LongFrame } from './page-figures';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: {
      url?: string;
      scriptName?: string;
      functionName?: string;
      stackTrace?: Array<{ url?: string }>;
    };
  };
}

const CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

export async function startTrace(
  cdp: CDPSession,
  categories = CATEGORIES,
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** Puts a mark in the page, to line up the page's clock with the trace's. */
export async function syncMark(page: Page): Promise<number> {
  return page.evaluate(() => performance.mark('mc-bench-sync').startTime);
}

function urlOf(e: TraceEvent): string {
  const d = e.args?.data;
  return d?.url ?? d?.scriptName ?? d?.stackTrace?.[0]?.url ?? '';
}

export interface ExtensionWork {
  /** [start, end] in the page's clock (ms since its time origin). */
  intervals: Array<[number, number]>;
  /** The longest single run of extension script (ms). */
  longest: number;
  /** Total extension script time on the page's main thread (ms, nested runs counted once). */
  total: number;
}

/** The extension's script runs on the page's main thread, in the page's clock. */
export function extensionWork(events: TraceEvent[], markStart: number): ExtensionWork | null {
  const mark = events.find((e) => e.name === 'mc-bench-sync');
  if (!mark) return null;
  const offsetUs = mark.ts - markStart * 1000;
  const runs = events
    .filter(
      (e) =>
        e.pid === mark.pid &&
        e.ph === 'X' &&
        typeof e.dur === 'number' &&
        urlOf(e).startsWith('chrome-extension://'),
    )
    .map((e): [number, number] => [
      (e.ts - offsetUs) / 1000,
      (e.ts + (e.dur ?? 0) - offsetUs) / 1000,
    ])
    .sort((a, b) => a[0] - b[0]);
  // Merge nested and overlapping runs.
  const merged: Array<[number, number]> = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return {
    intervals: merged,
    longest: merged.reduce((m, [a, b]) => Math.max(m, b - a), 0),
    total: merged.reduce((s, [a, b]) => s + (b - a), 0),
  };
}

/**
 * The long frames the extension caused: frames over 50 ms that would not have been long without
 * the extension's script in them (duration − extension time ≤ 50 ms), plus runs of extension
 * script of 50 ms or more that no long-animation-frame entry covers (Chromium does not report
 * every long task as a frame: one with nothing to render may go unreported, yet it blocks input).
 */
export function extensionLongFrames(
  frames: LongFrame[],
  work: ExtensionWork,
): { caused: LongFrame[]; shared: LongFrame[]; uncovered: Array<[number, number]> } {
  const caused = frames.filter(
    (f) => (f.extensionMs ?? 0) > 0 && f.duration - (f.extensionMs ?? 0) <= 50,
  );
  const shared = frames.filter((f) => (f.extensionMs ?? 0) > 0 && !caused.includes(f));
  const uncovered = work.intervals.filter(
    ([a, b]) =>
      b - a >= 50 && !frames.some((f) => a >= f.start - 1 && b <= f.start + f.duration + 1),
  );
  return { caused, shared, uncovered };
}

/** Marks each frame during which extension script ran, with how long it ran in the frame. */
export function attribute(frames: LongFrame[], work: ExtensionWork): LongFrame[] {
  return frames.map((f) => {
    const end = f.start + f.duration;
    const inFrame = work.intervals.reduce(
      (s, [a, b]) => s + Math.max(0, Math.min(b, end) - Math.max(a, f.start)),
      0,
    );
    return { ...f, extension: f.extension || inFrame > 0, extensionMs: inFrame };
  });
}

export type { BrowserContext };
