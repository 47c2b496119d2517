/**
 * Following a live Mosaic application (forms.md, "A live application"): the decisions, without
 * the page. The detector looks at the page again whenever it may have changed (a step drawn late,
 * in-app navigation, the main area replaced) and the sidebar switches to what it finds, or goes.
 * The glue that watches the page lives in entrypoints/shared/page-watch.ts.
 *
 * Bundled by the detector: tiny, type imports only.
 */
import type { CaseKind } from '../cases/types';
import type { Detection } from './detect';
import type { StepDetection } from './detect-step';

/** What a look at the page found: a checked page or a casework step. */
export type Found = Detection | StepDetection;

const KINDS = ['person-summary', 'carers-conversation', 'carers-review', 'work-step'];
const CASE_KINDS: CaseKind[] = ['reablement', 'ras', 'carers-assessment', 'carers-review'];

/** Whether two looks found the same page: same kind, person and step. */
export function sameFound(a: Found | null, b: Found | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.kind === b.kind &&
    a.personId === b.personId &&
    a.personName === b.personName &&
    stepOf(a) === stepOf(b)
  );
}

function stepOf(f: Found): string {
  return f.kind === 'work-step' ? `${f.stepName}\n${f.caseKind}` : '';
}

/** What the detector does after a look. */
export type FollowStep =
  /** nothing changed, or nothing to show and no sidebar to tell */
  | 'nothing'
  /** tell the sidebar running in this frame: it switches, or goes when nothing was found */
  | 'tell'
  /** no sidebar runs in this frame yet: ask the background to load it */
  | 'load';

export function afterLook(
  last: Found | null,
  found: Found | null,
  sidebarRuns: boolean,
): FollowStep {
  if (sameFound(last, found)) return 'nothing';
  if (sidebarRuns) return 'tell';
  return found ? 'load' : 'nothing';
}

/** The shortest and longest time between two looks (ms). */
export const LOOK_GAP = { min: 400, max: 1500 } as const;
/** A look may take at most this share of the time between looks. */
const LOOK_SHARE = 1 / 100;

/**
 * The time between two looks, from what the last look cost (ms of script): at least 400 ms, and
 * 100 times the look's cost on a page where looking is dear (a huge page full of step titles), so
 * that looking takes at most a hundredth of the main thread, up to 1.5 s between looks.
 */
export function lookGap(cost: number): number {
  return Math.min(LOOK_GAP.max, Math.max(LOOK_GAP.min, cost / LOOK_SHARE));
}

/**
 * How long to wait before the next look, so that looks are at least `gap` ms apart: a page that
 * changes all the time is looked at a few times a second, never once per change.
 */
export function lookDelay(now: number, lastLook: number | null, gap: number): number {
  if (lastLook === null) return 0;
  return Math.min(gap, Math.max(0, lastLook + gap - now));
}

/** A Found, checked (what one content script leaves for another); null when it is not one. */
export function checkedFound(x: unknown): Found | null {
  const f = x as { [K in keyof StepDetection]?: unknown } | null;
  if (!f || typeof f !== 'object' || !KINDS.includes(f.kind as string)) return null;
  if (typeof f.personId !== 'string' || !/^\d{1,12}$/.test(f.personId)) return null;
  if (typeof f.personName !== 'string' || f.personName.length > 300) return null;
  const { kind, personId, personName } = f;
  if (kind !== 'work-step') return { kind, personId, personName } as Detection;
  if (typeof f.stepName !== 'string' || f.stepName.length > 300) return null;
  const caseKind = f.caseKind as CaseKind;
  if (!CASE_KINDS.includes(caseKind)) return null;
  return { kind, personId, personName, stepName: f.stepName, caseKind };
}
