/**
 * Long animation frames attributed to the extension. Chromium leaves extension scripts out of a
 * long-animation-frame entry's `scripts` (the page may not see them), so the frames are matched
 * against a CDP performance trace of the same visit: a frame is the extension's when script of
 * the extension (a chrome-extension:// URL) ran on the page's main thread during it.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { LongFrame } from './page-figures';
import { SIDEBAR_SCRIPTS } from '../../entrypoints/sidebar-libraries/names';

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

/** `toplevel` gives the scheduler's tasks (TASK_EVENT); the others the script runs and the marks. */
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel'];
const TASK_EVENT = 'ThreadControllerImpl::RunTask';

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

export function urlOf(e: TraceEvent): string {
  const d = e.args?.data;
  return d?.url ?? d?.scriptName ?? d?.stackTrace?.[0]?.url ?? '';
}

export interface MainThreadTask {
  /** Page clock (ms). */
  start: number;
  end: number;
  /** Extension script that ran in the task (ms). */
  extensionMs: number;
}

export interface ExtensionWork {
  /** [start, end] in the page's clock (ms since its time origin). */
  intervals: Array<[number, number]>;
  /** The longest single run of extension script (ms). */
  longest: number;
  /** Total extension script time on the page's main thread (ms, nested runs counted once). */
  total: number;
  /** Every task of the page's main thread (the scheduler's RunTask), with the extension script in it. */
  tasks: MainThreadTask[];
  /** When the sidebar's script first ran on the page (its injection), in the page's clock; null if never. */
  sidebarInjectedAt: number | null;
}

/** Sorted [start, end] spans with nested and overlapping ones merged. */
function merge(spans: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const r of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** How much of the sorted, disjoint `spans` (from index `first` on) lies within [from, to]. */
function overlap(spans: Array<[number, number]>, from: number, to: number, first = 0): number {
  let sum = 0;
  for (let i = first; i < spans.length && spans[i][0] < to; i++)
    sum += Math.max(0, Math.min(spans[i][1], to) - Math.max(spans[i][0], from));
  return sum;
}

/** A task of the main thread as the trace shows it, in the trace's clock (µs). */
export interface TraceTask {
  ts: number;
  end: number;
  /** Its thread time (µs): its CPU time, which other work on the machine does not lengthen. */
  cpu: number;
}

const isTask = (e: TraceEvent) => e.name === TASK_EVENT || e.name === 'RunTask';
const isMicrotasks = (e: TraceEvent) => /Microtask/.test(e.name);

/**
 * The main thread's top-level tasks, in order: the scheduler's tasks (a task's run may show as
 * nested RunTask events), each with the microtask checkpoint that the scheduler runs just after
 * it (outside the task's own event).
 */
export function topLevelTasks(sorted: TraceEvent[]): TraceTask[] {
  const tasks: TraceTask[] = [];
  for (const e of sorted) {
    if (!isTask(e) && !isMicrotasks(e)) continue;
    const last = tasks.at(-1);
    const end = e.ts + (e.dur ?? 0);
    const cpu = (e as TraceEvent & { tdur?: number }).tdur ?? e.dur ?? 0;
    if (last && e.ts < last.end) last.end = Math.max(last.end, end);
    else if (last && isMicrotasks(e) && e.ts - last.end < 500) {
      last.end = end;
      last.cpu += cpu;
    } else tasks.push({ ts: e.ts, end, cpu });
  }
  return tasks;
}

/** Every event of `sorted` within a task (the task's own events left out). */
function eventsIn(sorted: TraceEvent[], task: TraceTask, from: number): TraceEvent[] {
  const inside: TraceEvent[] = [];
  for (let i = from; i < sorted.length && sorted[i].ts < task.end; i++)
    if (sorted[i].ts >= task.ts && !isTask(sorted[i])) inside.push(sorted[i]);
  return inside;
}

const isExtension = (e: TraceEvent) => urlOf(e).startsWith('chrome-extension://');

/**
 * The page's main thread in a trace, its complete events in order, with the page's `mc-bench-sync`
 * mark (syncMark); null without the mark.
 */
export function mainThread(events: TraceEvent[]): { mark: TraceEvent; main: TraceEvent[] } | null {
  const mark = events.find((e) => e.name === 'mc-bench-sync');
  if (!mark) return null;
  const main = events
    .filter(
      (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && typeof e.dur === 'number',
    )
    .sort((a, b) => a.ts - b.ts);
  return { mark, main };
}

/**
 * Each top-level task of the main thread (`sorted`, mainThread) with the extension's script in
 * it: its events with the extension's URL and, where the task runs the extension's promise
 * continuations (the code after an `await`, run as microtasks, which the trace does not name), its
 * microtask checkpoints. Once the extension's script has run in the page, a task that runs
 * microtasks and no script of the page's own is taken to run the extension's continuations.
 */
export function* extensionRunsByTask(
  sorted: TraceEvent[],
): Generator<{ task: TraceTask; inside: TraceEvent[]; runs: TraceEvent[] }> {
  const started = sorted.find(isExtension)?.ts ?? Infinity;
  let from = 0;
  for (const task of topLevelTasks(sorted)) {
    while (from < sorted.length && sorted[from].ts < task.ts) from++;
    const inside = eventsIn(sorted, task, from);
    const continuations =
      task.ts >= started &&
      !inside.some((e) => /^https?:/.test(urlOf(e))) &&
      inside.some((e) => isMicrotasks(e) && (e.dur ?? 0) >= 100);
    const runs = inside.filter((e) => isExtension(e) || (continuations && isMicrotasks(e)));
    yield { task, inside, runs };
  }
}

/** The extension's script runs and the tasks of the page's main thread, in the page's clock. */
export function extensionWork(events: TraceEvent[], markStart: number): ExtensionWork | null {
  const thread = mainThread(events);
  if (!thread) return null;
  const { mark, main } = thread;
  const offsetUs = mark.ts - markStart * 1000;
  const span = (e: TraceEvent): [number, number] => [
    (e.ts - offsetUs) / 1000,
    (e.ts + (e.dur ?? 0) - offsetUs) / 1000,
  ];
  // every run with the extension's URL, in a task or not, and the continuations found per task
  const runs = [
    ...main.filter(isExtension),
    ...[...extensionRunsByTask(main)].flatMap((t) => t.runs),
  ];
  const intervals = merge(runs.map(span));
  const sidebar = main
    .filter(isExtension)
    .filter((e) => (SIDEBAR_SCRIPTS as readonly string[]).includes(new URL(urlOf(e)).pathname))
    .map((e) => span(e)[0]);
  const tasks = topLevelTasks(main).map(({ ts, end }): [number, number] => [
    (ts - offsetUs) / 1000,
    (end - offsetUs) / 1000,
  ]);
  let from = 0;
  const withExtension = tasks.map(([start, end]): MainThreadTask => {
    while (from < intervals.length && intervals[from][1] <= start) from++;
    return { start, end, extensionMs: overlap(intervals, start, end, from) };
  });
  return {
    intervals,
    longest: intervals.reduce((m, [a, b]) => Math.max(m, b - a), 0),
    total: intervals.reduce((s, [a, b]) => s + (b - a), 0),
    tasks: withExtension,
    sidebarInjectedAt: sidebar.length ? Math.min(...sidebar) : null,
  };
}

export interface WorkBetween {
  /** Extension script on the main thread in the window (ms). */
  extensionMs: number;
  /** The most extension script in one task of the window (ms), and that task's whole length. */
  longestTask: number;
  longestTaskWhole: number;
  /** The longest single run of extension script in the window (ms). */
  longestRun: number;
  /** All task time of the main thread in the window (ms), the extension's included. */
  taskMs: number;
}

/** What ran on the page's main thread between two moments of the page's clock. */
export function workBetween(work: ExtensionWork, from: number, to: number): WorkBetween {
  const tasks = work.tasks.filter((t) => t.end > from && t.start < to);
  const longest = tasks.reduce<MainThreadTask | null>(
    (m, t) => (m && m.extensionMs >= t.extensionMs ? m : t),
    null,
  );
  return {
    extensionMs: overlap(work.intervals, from, to),
    longestTask: longest?.extensionMs ?? 0,
    longestTaskWhole: longest ? longest.end - longest.start : 0,
    longestRun: work.intervals
      .filter(([a, b]) => b > from && a < to)
      .reduce((m, [a, b]) => Math.max(m, Math.min(b, to) - Math.max(a, from)), 0),
    taskMs: tasks.reduce((s, t) => s + Math.min(t.end, to) - Math.max(t.start, from), 0),
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

/**
 * How far the trace's clock and the page's may be apart once lined up (ms): the page's clock, and
 * so the mark that lines them up and each frame's start, is coarsened to 0.1 ms.
 */
const CLOCKS_APART_MS = 0.2;

/**
 * Marks each frame during which extension script ran, with how long it ran in the frame. A frame
 * begins with its first task, so a run that began before the frame (by more than the clocks may be
 * apart) and ends within that much of its start was in the task before it: the overlap is the
 * clocks' misalignment, not script in the frame. Any other overlap counts.
 */
export function attribute(frames: LongFrame[], work: ExtensionWork): LongFrame[] {
  return frames.map((f) => {
    const end = f.start + f.duration;
    const before = ([a, b]: [number, number]) =>
      a < f.start - CLOCKS_APART_MS && b <= f.start + CLOCKS_APART_MS;
    const inFrame = overlap(
      work.intervals.filter((run) => !before(run)),
      f.start,
      end,
    );
    return { ...f, extension: f.extension || inFrame > 0, extensionMs: inFrame };
  });
}

export type { BrowserContext };
