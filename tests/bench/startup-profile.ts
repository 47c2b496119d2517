/**
 * `npx tsx tests/bench/startup-profile.ts [visits]`: the sidebar's start-up on the demo Carers
 * Conversation page with the page's CPU slowed (CDP `Emulation.setCPUThrottlingRate`, 4 by
 * default), task by task, from a CDP trace of each visit: load, start-up until `data-state="ready"`,
 * then 40 keys typed into a Section 2 text area.
 *
 * A task is the extension's when script of the extension (a chrome-extension:// URL) ran in it;
 * once the extension's script has run in the page, also when it runs microtasks and no script of the
 * page's (the continuations after an `await`, which the trace does not name); with
 * STARTUP_PROFILE=1, also when CPU profile samples in it fall in the extension's code. Each such
 * task of STARTUP_LIST_MS (10) ms or more is listed: its length, its thread time, the extension's
 * script in it, its parts, and with a profile the functions its samples fell in. Then, per visit and
 * over the visits (median / max): the longest start-up task, the start-up's tasks in total, the
 * typing's, and the long animation frames the extension caused (counted as tests/bench/trace.ts
 * counts them).
 *
 * On a shared machine the slowed times move with the other work on it; the thread time at 1×
 * (STARTUP_RATE=1) moves least, and four times it is about a task's length at 4× on a quiet one.
 * Uses the build the browser tests use (MC_EXTENSION_DIR, by default .output/chrome-mv3-demo:
 * `npm run build:demo`); DEMO_PORT sets the demo server's port. The profiler costs time itself:
 * compare figures taken alike.
 */
import type { CDPSession, Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../browser/fixtures';
import { startDemoServer } from '../demo/server';
import {
  KEY_DELAY_MS,
  TYPED,
  clickLikeAWorker,
  idle,
  sidebarReady,
  type LongFrame,
} from './page-figures';
import {
  attribute,
  extensionLongFrames,
  extensionWork,
  extensionRunsByTask,
  mainThread,
  urlOf,
  startTrace,
  syncMark,
  type TraceEvent,
} from './trace';

const VISITS = Number(process.argv[2] ?? 5);
const RATE = Number(process.env.STARTUP_RATE ?? 4);
const PROFILE = process.env.STARTUP_PROFILE === '1';
/** Tasks listed one by one: those of at least this many ms (thread time or extension script). */
const LIST_MS = Number(process.env.STARTUP_LIST_MS ?? 10);
const EXT = 'chrome-extension://';
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink.user_timing',
];

interface Profile {
  nodes: Array<{ id: number; parent?: number; callFrame: { functionName: string; url: string } }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Task {
  start: number;
  dur: number;
  /** The task's thread time (ms): its CPU time, which other work on the machine does not lengthen. */
  cpu: number;
  /** Extension script in the task (ms): the trace's runs with the extension's URL and its continuations, merged. */
  extMs: number;
  /** Extension code in the task by CPU profile samples (ms), with a profile. */
  sampledMs: number;
  parts: string[];
  top: string[];
  typing: boolean;
}

const ms = (us: number) => us / 1000;
const fmt = (n: number) => n.toFixed(1).padStart(6);

/** Each profile sample as [time (µs, the trace's clock), self function, in the extension's code]. */
function samplesOf(p: Profile | null): Array<[number, string, boolean]> {
  if (!p) return [];
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const inExt = new Map<number, boolean>();
  const ext = (id: number): boolean => {
    if (inExt.has(id)) return inExt.get(id)!;
    const n = byId.get(id);
    const v = !!n && (n.callFrame.url.startsWith(EXT) || (n.parent ? ext(n.parent) : false));
    inExt.set(id, v);
    return v;
  };
  let t = p.startTime;
  return p.samples.map((id, i) => {
    t += p.timeDeltas[i] ?? 0;
    const f = byId.get(id)?.callFrame;
    const name = `${f?.functionName || '(anonymous)'}${f?.url.startsWith(EXT) ? '' : ' [native]'}`;
    return [t, name, ext(id)];
  });
}

/** The main thread's top-level tasks with extension work in them, in the trace's order. */
function extensionTasks(events: TraceEvent[], profile: Profile | null, typedAt: number): Task[] {
  const thread = mainThread(events)?.main;
  if (!thread) return [];
  const samples = samplesOf(profile);
  const interval = samples.length > 1 ? (samples.at(-1)![0] - samples[0][0]) / samples.length : 0;
  const out: Task[] = [];
  // the extension's script as the benchmark counts it (trace.ts), its continuations included
  for (const { task, inside, runs } of extensionRunsByTask(thread)) {
    const { end } = task;
    const mine = samples.filter(([t, , ext]) => ext && t >= task.ts && t <= end);
    if (runs.length === 0 && mine.length === 0) continue;
    let extUs = 0;
    let reach = 0;
    for (const r of runs) {
      const a = Math.max(r.ts, reach);
      const b = r.ts + (r.dur ?? 0);
      if (b > a) extUs += b - a;
      reach = Math.max(reach, b);
    }
    // The task's parts, three levels deep (the scheduler's own RunTask wrappers left out).
    const parts: string[] = [];
    const open: number[] = [];
    for (const e of inside) {
      if (e.name.endsWith('RunTask')) continue;
      while (open.length && e.ts >= open[open.length - 1]) open.pop();
      if (open.length < 3 && (e.dur ?? 0) >= 2000) {
        const url = urlOf(e).replace(/^.*\//, '');
        const depth = '  '.repeat(open.length);
        parts.push(`${depth}${e.name}${url ? ` ${url}` : ''} ${ms(e.dur ?? 0).toFixed(1)}`);
      }
      open.push(e.ts + (e.dur ?? 0));
    }
    const counts = new Map<string, number>();
    // Every sample in the task, the extension's or not: compiling and collecting garbage too.
    for (const [t, name] of samples)
      if (t >= task.ts && t <= end) counts.set(name, (counts.get(name) ?? 0) + 1);
    const top = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([n, c]) => `${n} ${ms(c * interval).toFixed(1)}`);
    out.push({
      start: task.ts,
      dur: ms(end - task.ts),
      cpu: ms(task.cpu),
      extMs: ms(extUs),
      sampledMs: ms(mine.length * interval),
      parts,
      top,
      typing: task.ts >= typedAt,
    });
  }
  return out;
}

async function longFrames(page: Page): Promise<LongFrame[]> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('long-animation-frame') as Array<
      PerformanceEntry & { blockingDuration: number }
    >;
    return entries.map((e) => ({
      start: e.startTime,
      duration: e.duration,
      blockingDuration: e.blockingDuration,
      scripts: [],
      extension: false,
    }));
  });
}

async function visit(page: Page, cdp: CDPSession, url: string) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  // Long animation frames are kept in the page's timeline from its start.
  await page.addInitScript(() =>
    new PerformanceObserver(() => {}).observe({ type: 'long-animation-frame', buffered: true }),
  );
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const stop = await startTrace(cdp, CATEGORIES);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (!(await sidebarReady(page, 60_000))) throw new Error('the sidebar was not ready');
  await idle(page);
  await page.locator('body').count();
  await idle(page);
  const typedAtPage = await page.evaluate(() => performance.now());
  const area = page.getByLabel('What does a typical week look like for you?');
  await clickLikeAWorker(page, area);
  await page.keyboard.press('End');
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(700);
  if (!(await sidebarReady(page, 60_000))) throw new Error('the sidebar was not ready');
  await idle(page);
  const frames = await longFrames(page);
  const markStart = await syncMark(page);
  const events = await stop();
  const profile = PROFILE
    ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile
    : null;
  const mark = events.find((e) => e.name === 'mc-bench-sync')!;
  const typedAt = mark.ts - (markStart - typedAtPage) * 1000;
  const tasks = extensionTasks(events, profile, typedAt);
  const work = extensionWork(events, markStart);
  const caused = work ? extensionLongFrames(attribute(frames, work), work) : null;
  return { tasks, caused, frames, typedAtPage };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

async function main(): Promise<void> {
  const { server, url } = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
  const dir = await mkdtemp(join(tmpdir(), 'mc-startup-'));
  const context = await launchWithExtension(EXTENSION_DIR, dir);
  const rows: Array<Record<string, number>> = [];
  try {
    console.log(
      `${EXTENSION_DIR}, CPU slowed ${RATE}×, ${VISITS} visits after a warm-up${PROFILE ? ', CPU profiled' : ''}`,
    );
    for (let i = 0; i <= VISITS; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const { tasks, caused, frames, typedAtPage } = await visit(
        page,
        cdp,
        `${url}/conversation-complete.html`,
      );
      await page.close();
      if (i === 0) continue;
      const startup = tasks.filter((t) => !t.typing);
      const typing = tasks.filter((t) => t.typing);
      const sum = (ts: Task[], f: (t: Task) => number) => ts.reduce((s, t) => s + f(t), 0);
      const row = {
        longestStartupTask: Math.max(0, ...startup.map((t) => t.dur)),
        longestStartupCpu: Math.max(0, ...startup.map((t) => t.cpu)),
        startupTasksMs: sum(startup, (t) => t.dur),
        startupCpu: sum(startup, (t) => t.cpu),
        startupScriptMs: sum(startup, (t) => t.extMs),
        startupTasks: startup.length,
        typingScriptMs: sum(typing, (t) => t.extMs),
        longestTypingTask: Math.max(0, ...typing.map((t) => t.dur)),
        longestTypingScript: Math.max(0, ...typing.map((t) => t.extMs)),
        causedFrames: caused ? caused.caused.length + caused.uncovered.length : NaN,
        // As the benchmark's line counts them: also the frames long without the extension's script.
        countedFrames: caused
          ? caused.caused.length + caused.shared.length + caused.uncovered.length
          : NaN,
        allLongFrames: frames.length,
      };
      rows.push(row);
      console.log(
        `\nvisit ${i}: ${JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Math.round(v * 10) / 10])))}`,
      );
      for (const f of [...(caused?.caused ?? []), ...(caused?.shared ?? [])])
        console.log(
          `  counted frame ${fmt(f.duration)} ms, ${f.start < typedAtPage ? 'start-up' : 'typing'}, at ${fmt(f.start - typedAtPage)} ms from the click, extension script ${fmt(f.extensionMs ?? 0)}`,
        );
      for (const t of tasks.filter((x) => x.cpu >= LIST_MS || x.extMs >= LIST_MS || x.dur >= 50)) {
        console.log(
          `  ${t.typing ? 'typing ' : 'startup'} task ${fmt(t.dur)} ms (thread time ${fmt(t.cpu)}), extension script ${fmt(t.extMs)}${PROFILE ? `, sampled ${fmt(t.sampledMs)}` : ''}`,
        );
        if (t.dur >= 4 * LIST_MS) console.log(t.parts.map((p) => `      ${p}`).join('\n'));
        if (t.top.length) console.log(`      top: ${t.top.join(', ')}`);
      }
    }
    console.log('\nover the visits (median / max):');
    for (const key of Object.keys(rows[0] ?? {})) {
      const xs = rows.map((r) => r[key]);
      console.log(`  ${key.padEnd(20)} ${fmt(median(xs))} / ${fmt(Math.max(...xs))}`);
    }
    const counted = rows.map((r) => r.countedFrames);
    const visitsWith = counted.filter((n) => n > 0).length;
    console.log(
      `  counted frames in all: ${counted.reduce((a, b) => a + b, 0)}, in ${visitsWith} of ${counted.length} visits`,
    );
  } finally {
    await context.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
