/**
 * What the checker (checker.ts) works with, injectable for tests: how it reads the page, the
 * checks the view is built from, and how it spreads its work over tasks and frames.
 */
import { budgetSummary } from '@/lib/budget';
import { todayInLondon } from '@/lib/dates';
import { formDecision, statutoryTest } from '@/lib/eligibility';
import type { Detection } from '@/lib/page/detect';
import type { PageReading, ReadOptions } from '@/lib/page/reader';
import { runRulesInParts } from '@/lib/rules';
import type { ViewChecks } from './view-of-reading';

export interface CheckerDeps extends ViewChecks {
  /** Read the page (by default the checker's reading session, which keeps the page's structure). */
  read: (options: ReadOptions) => PageReading;
  /** The same reading in parts, pausing between them (by default the reading session's). */
  readInParts: (options: ReadOptions) => Generator<void, PageReading>;
  /**
   * When given, the first findings are drawn in a task after the next frame instead of in the
   * task that read the page: two shorter tasks with a frame between them, not one long one.
   */
  afterNextFrame?: (draw: () => void) => void;
  /**
   * When given, each re-check first makes sure the page is still the one detected; when it has
   * become another (or none), the checker stops without reading it and says what it is now: the
   * rules of one page never run on another (docs/live-pages.md).
   */
  pageChanged?: (now: Detection | null) => void;
  /**
   * When given, a check falling due is taken in parts, each in a task of its own: the page read
   * in parts (`readInParts`), then the rules, then the view (view-of-reading.ts). A reading that
   * keeps the page's structure is one short part; one from scratch (the first, or after the page's
   * structure changed) is several.
   */
  nextTask?: () => Promise<void>;
  /**
   * With `nextTask`: how long (ms) the parts of a check may run on in one task before it pauses.
   * A fast machine then takes a check in a task or two, a slow one in many short ones. 0 (the
   * default): a pause between every two parts.
   */
  sliceMs?: number;
  /**
   * When true, the page is `ready` only once React says it has drawn the view in full
   * (`Checker.drawnByReact`), not as soon as the view is given to it.
   */
  toldWhenDrawn?: boolean;
  /**
   * Told after the first check, and after each check of a page that changed since the one before
   * (the sidebar finds the page's Finish and Save again); not after a check of the worker's typing
   * alone.
   */
  checkedAfterChange?: () => void;
}

export const DEFAULT_DEPS: Omit<CheckerDeps, 'read' | 'readInParts'> = {
  runRulesInParts,
  formDecision,
  statutoryTest,
  budgetSummary,
  today: () => todayInLondon(),
};
