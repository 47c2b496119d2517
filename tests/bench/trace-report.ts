/**
 * The figures of the traced visits at one CPU setting (page-visits.ts): the long frames with the
 * extension's script in them, and the sidebar's start-up (its script on the page's main thread
 * from its injection to its first findings drawn). Targets at 4× (performance.md); at other
 * settings the same lines are context.
 */
import { info, lessThan, median, notMeasurable, round, type Figure } from './figures';
import type { PageVisits } from './page-visits';
import { extensionLongFrames, workBetween } from './trace';

/** The setting the spec's targets for long frames and the sidebar's start-up are set at. */
export const TARGET_RATE = 4;
export const STARTUP_TASK_LIMIT_MS = 50;

export function longFrameFigures({ rate, withRuns, withoutRuns, traced }: PageVisits): Figure[] {
  const key = `longFrames.${rate}x`;
  const name = `long frames ${rate === TARGET_RATE ? '' : '(context) '}at ${rate}×`;
  const out: Figure[] = [];
  if (traced.length === 0 || traced.some((r) => !r.work)) {
    out.push(
      notMeasurable(key, name, 'count', '0', 'the traced visits failed or held no timing mark'),
    );
  } else {
    const parts = traced.map((r) => extensionLongFrames(r.longFrames, r.work!));
    const caused = parts.flatMap((p) => p.caused);
    const shared = parts.flatMap((p) => p.shared);
    const uncovered = parts.flatMap((p) => p.uncovered);
    const n = caused.length + shared.length + uncovered.length;
    const longestRun = Math.max(...traced.map((r) => r.work!.longest));
    out.push({
      key,
      name,
      value: n,
      unit: 'count',
      target: rate === TARGET_RATE ? '0' : '(context)',
      verdict: rate === TARGET_RATE ? (n === 0 ? 'PASS' : 'MISS') : 'INFO',
      detail:
        `${traced.length} traced visits (load, sidebar start-up, typing): ${caused.length + shared.length} frame(s) over 50 ms with extension script in them ` +
        `(${caused.length} long because of it, ${shared.length} long without it), ${uncovered.length} extension script run(s) of 50 ms or more outside any reported frame; ` +
        `longest extension script run ${round(longestRun, 1)} ms, extension script per visit ${round(median(traced.map((r) => r.work!.total)), 1)} ms`,
      data: { rate, caused, shared, uncovered, work: traced.map((r) => r.work) },
    });
  }
  const allWith = withRuns.flatMap((r) => r.longFrames);
  const allWithout = withoutRuns.flatMap((r) => r.longFrames);
  out.push(
    info(
      `longFrames.all.${rate}x`,
      `long frames, all (with / without) at ${rate}×`,
      allWith.length,
      'count',
      `${allWith.length} with the extension, ${allWithout.length} without, over ${withRuns.length} timed visits each`,
      { rate, withFrames: allWith, withoutFrames: allWithout },
    ),
  );
  return out;
}

/**
 * The sidebar's start-up: the extension's script on the page's main thread from the sidebar's
 * injection (the first run of its script) to the moment its first findings are drawn and the page
 * is idle again (data-state="ready", then two frames and an idle callback), per traced visit. The
 * figure is the most extension script in one task, the worst of the visits.
 */
export function startupFigures({ rate, traced }: PageVisits): Figure[] {
  const key = `startup.${rate}x`;
  const targeted = rate === TARGET_RATE;
  const name = `sidebar start-up${targeted ? '' : ' (context)'} at ${rate}×, longest task`;
  const windows = traced
    .filter((r) => r.work?.sidebarInjectedAt != null && r.sidebarReady)
    .map((r) => ({
      ...workBetween(r.work!, r.work!.sidebarInjectedAt!, r.readyAt),
      ms: r.readyAt - r.work!.sidebarInjectedAt!,
    }));
  if (windows.length === 0)
    return [
      notMeasurable(
        key,
        name,
        'ms',
        `< ${STARTUP_TASK_LIMIT_MS} ms`,
        'no traced visit saw the sidebar injected and ready',
      ),
    ];
  const longest = Math.max(...windows.map((w) => w.longestTask));
  const whole = windows.find((w) => w.longestTask === longest)!.longestTaskWhole;
  const detail =
    `total extension script from injection to first findings drawn ${round(median(windows.map((w) => w.extensionMs)), 1)} ms (median of ${windows.length} traced visits; ` +
    `${windows.map((w) => round(w.extensionMs, 1)).join(', ')}), over ${round(median(windows.map((w) => w.ms)), 0)} ms; ` +
    `longest: ${round(longest, 1)} ms of extension script in one task (the task ${round(whole, 1)} ms), longest single run ${round(Math.max(...windows.map((w) => w.longestRun)), 1)} ms`;
  const data = { rate, windows };
  const total = median(windows.map((w) => w.extensionMs));
  return [
    targeted
      ? lessThan(key, name, round(longest, 1), 'ms', STARTUP_TASK_LIMIT_MS, detail, data)
      : info(key, name, round(longest, 1), 'ms', detail, data),
    info(
      `startup.total.${rate}x`,
      `sidebar start-up at ${rate}×, total`,
      round(total, 1),
      'ms',
      `extension script on the page's main thread from the sidebar's injection to its first findings drawn, median of ${windows.length} traced visits`,
      { rate, totals: windows.map((w) => w.extensionMs) },
    ),
  ];
}
