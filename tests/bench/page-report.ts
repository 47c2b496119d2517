/**
 * The page load and typing figures at one CPU setting, from the alternated visits with the
 * extension and without it (page-visits.ts). Each line says its setting ("at 4×").
 */
import {
  atMost,
  groupedQuantile,
  info,
  median,
  notMeasurable,
  p75,
  round,
  type Figure,
} from './figures';
import { interactionDurations, processingTimes } from './page-figures';
import { takenAfterSidebar, type PageVisits } from './page-visits';

export const LOAD_TARGET = 1.25;
export const TYPING_TARGET = 1.1;
/** Chromium rounds an Event Timing duration to steps of 8 ms. */
const EVENT_TIMING_STEP_MS = 8;

export function loadFigures(
  { rate, withRuns, withoutRuns, redone }: PageVisits,
  page: string,
): Figure[] {
  const at = `at ${rate}×`;
  // Page load: per-pair ratios of main-thread task time at the load event, then the median.
  const ready = withRuns.filter((r) => r.sidebarReady).length;
  const ratios = withRuns.map((w, i) => w.loadTaskMs / withoutRuns[i].loadTaskMs);
  const loadWith = median(withRuns.map((r) => r.loadTaskMs));
  const loadWithout = median(withoutRuns.map((r) => r.loadTaskMs));
  // Visits kept whose figure was taken after the sidebar was asked for (its start may be in it).
  const early = withRuns.filter(takenAfterSidebar).length;
  const load = atMost(
    `load.${rate}x`,
    `page load overhead ${at}`,
    round(median(ratios), 3),
    'ratio',
    LOAD_TARGET,
    `median of ${ratios.length} alternated pairs on ${page}, at the load event; task time ${round(loadWith, 1)} ms with ÷ ${round(loadWithout, 1)} ms without; the figure was taken after the sidebar was asked for in ${early}/${withRuns.length} visits (pairs visited again for that: ${redone}), and the sidebar was ready in ${ready}/${withRuns.length}`,
    {
      rate,
      ratios,
      withMs: withRuns.map((r) => r.loadTaskMs),
      withoutMs: withoutRuns.map((r) => r.loadTaskMs),
      early,
      redone,
    },
  );
  if (ready < withRuns.length) {
    load.verdict = 'MISS';
    load.detail += ' (the sidebar did not always reach data-state="ready")';
  }

  // The sidebar's start after the load, on its own: main-thread time from the load to ready.
  const startup = withRuns.map((r) => r.readyTaskMs - r.loadTaskMs);
  const untilReady = withRuns.map((w, i) => w.readyTaskMs / withoutRuns[i].readyTaskMs);
  const afterLoad = info(
    `load.sidebar.${rate}x`,
    `sidebar start-up after the page load ${at}`,
    round(median(startup), 1),
    'ms',
    `main-thread task time from the load to the sidebar ready and the page idle (median of ${startup.length}); the whole visit to that point, with ÷ without: ${round(median(untilReady), 2)} (${round(median(withRuns.map((r) => r.readyTaskMs)), 1)} ms ÷ ${round(median(withoutRuns.map((r) => r.readyTaskMs)), 1)} ms)`,
    { rate, startupMs: startup, untilReadyRatios: untilReady },
  );
  return [load, afterLoad];
}

export function typingFigures({ rate, withRuns, withoutRuns }: PageVisits, page: string): Figure[] {
  const at = `at ${rate}×`;
  if (!withRuns.every((r) => r.typed) || !withoutRuns.every((r) => r.typed)) {
    const why =
      withRuns.find((r) => !r.typed)?.typingNote ??
      withoutRuns.find((r) => !r.typed)?.typingNote ??
      'no text area';
    return [
      notMeasurable(
        `typing.${rate}x`,
        `typing overhead ${at}`,
        'ratio',
        `≤ ${TYPING_TARGET}`,
        `${why} on ${page}`,
      ),
    ];
  }
  const dWith = withRuns.flatMap((r) => interactionDurations(r.events, r.keys));
  const dWithout = withoutRuns.flatMap((r) => interactionDurations(r.events, r.keys));
  const pWith = groupedQuantile(dWith, 0.75, EVENT_TIMING_STEP_MS);
  const pWithout = groupedQuantile(dWithout, 0.75, EVENT_TIMING_STEP_MS);
  const over = (xs: number[]) => xs.filter((x) => x > 16).length;
  const npWith = withRuns.flatMap((r) => r.nextPaint);
  const npWithout = withoutRuns.flatMap((r) => r.nextPaint);
  const prWith = withRuns.flatMap((r) => processingTimes(r.events));
  const prWithout = withoutRuns.flatMap((r) => processingTimes(r.events));
  const p75Of = (xs: number[]) => (xs.length ? `${round(p75(xs), 2)} ms` : '—');
  return [
    atMost(
      `typing.${rate}x`,
      `typing overhead ${at}`,
      round(pWith / pWithout, 3),
      'ratio',
      TYPING_TARGET,
      `p75 key interaction ${round(pWith, 2)} ms with ÷ ${round(pWithout, 2)} ms without, within Chromium's 8 ms steps (as rounded: ${p75(dWith)} ÷ ${p75(dWithout)} ms; ${dWith.length} keys each; over 16 ms: ${over(dWith)} with, ${over(dWithout)} without; under 16 ms counted as 16); typed into the ${withRuns[0].typingNote}`,
      { rate, durationsWith: dWith, durationsWithout: dWithout },
    ),
    info(
      `typing.nextPaint.${rate}x`,
      `typing: keydown to next frame, p75 ratio ${at}`,
      round(p75(npWith) / p75(npWithout), 3),
      'ratio',
      `p75 ${round(p75(npWith), 2)} ms with ÷ ${round(p75(npWithout), 2)} ms without (not rounded; medians ${round(median(npWith), 2)} / ${round(median(npWithout), 2)} ms)`,
      { rate, nextPaintWith: npWith, nextPaintWithout: npWithout },
    ),
    info(
      `typing.processing.${rate}x`,
      `typing: event processing time, p75 ${at}`,
      prWith.length ? round(p75(prWith), 2) : null,
      'ms',
      `processingEnd − processingStart of the keydown/keypress/input/keyup entries over 16 ms: ${prWith.length} with (p75 ${p75Of(prWith)}), ${prWithout.length} without (p75 ${p75Of(prWithout)})`,
      { rate, processingWith: prWith, processingWithout: prWithout },
    ),
  ];
}
