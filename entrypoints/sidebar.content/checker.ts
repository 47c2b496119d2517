/**
 * The live check: reads the page and runs the rules after the worker stops typing or clicking
 * (input and change events in the capture phase, and page changes such as rows added, tabs
 * switched or conditional questions shown), debounced. Only the scheduling happens per event.
 *
 * `data-state` on the sidebar element is set here directly ("checking" while a re-check is
 * pending, "ready" once the current page state has been checked), so React renders only when
 * what the sidebar shows has changed.
 */
import { budgetSummary as defaultBudget } from '@/lib/budget';
import {
  formDecision as defaultFormDecision,
  statutoryTest as defaultStatutory,
} from '@/lib/eligibility';
import { detectPage, type Detection } from '@/lib/page/detect';
import { sameFound } from '@/lib/page/follow';
import { ReadingSession, type PageReading, type ReadOptions } from '@/lib/page/reader';
import type { PageSnapshot } from '@/lib/page/snapshot';
import { runRules as defaultRunRules } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { todayInLondon } from '@/lib/dates';
import { buildView, signature, type SidebarView } from '@/lib/sidebar/view';
import { pageDialogOpen } from './page-dialog';

export const DEBOUNCE_MS = 150;

/** Attributes whose change can show, hide or switch part of a form. */
const WATCHED_ATTRIBUTES = new Set([
  'style',
  'class',
  'hidden',
  'aria-hidden',
  'aria-selected',
  'aria-expanded',
  'open',
  'disabled',
]);

export interface CheckerDeps {
  /** Read the page (by default the checker's reading session, which keeps the page's structure). */
  read: (options: ReadOptions) => PageReading;
  runRules: typeof defaultRunRules;
  formDecision: typeof defaultFormDecision;
  statutoryTest: typeof defaultStatutory;
  budgetSummary: typeof defaultBudget;
  today: () => string;
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
}

const DEFAULT_DEPS: Omit<CheckerDeps, 'read'> = {
  runRules: defaultRunRules,
  formDecision: defaultFormDecision,
  statutoryTest: defaultStatutory,
  budgetSummary: defaultBudget,
  today: () => todayInLondon(),
};

function emptySnapshot(d: Detection): PageSnapshot {
  return {
    kind: d.kind,
    person: { id: d.personId, name: d.personName },
    worker: null,
    tabs: [],
    fields: {},
    notFound: [],
  };
}

export class Checker {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private observer: MutationObserver | null = null;
  private listeners = new Set<() => void>();
  private stopped = false;
  private stateEl: Element | null = null;
  private state: 'checking' | 'ready' = 'checking';
  private view: SidebarView | null = null;
  private sig = '';
  private settings: Settings = DEFAULT_SETTINGS;
  private waitingReviews: string[] = [];
  private deps: CheckerDeps;
  private readonly session: ReadingSession;
  /**
   * Whether a dialog of the page's own is open, as last asked; null: ask at the next check. A
   * dialog opens or closes only through a change to the page, which the observer sees.
   */
  private dialogOpen: boolean | null = null;
  /** The latest reading: the controls and questions to jump to. */
  reading: PageReading | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: Element,
    private readonly detected: Detection,
    deps: Partial<CheckerDeps> = {},
  ) {
    this.session = new ReadingSession(doc);
    this.deps = { ...DEFAULT_DEPS, read: (o) => this.session.read(o), ...deps };
  }

  // ---- wiring -------------------------------------------------------------------------------

  start(): void {
    this.stopped = false;
    this.dialogOpen = null;
    this.doc.addEventListener('input', this.onEvent, true);
    this.doc.addEventListener('change', this.onEvent, true);
    this.doc.addEventListener('click', this.onEvent, true);
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer(this.onMutations);
    // every change, with what it replaced: the reading session tells changes that leave the page
    // as it was from real ones; only some of them call for a re-check
    this.observer.observe(this.doc.body ?? this.doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      characterDataOldValue: true,
    });
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.doc.removeEventListener('input', this.onEvent, true);
    this.doc.removeEventListener('change', this.onEvent, true);
    this.doc.removeEventListener('click', this.onEvent, true);
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private onEvent = (e: Event): void => {
    // Our own controls (retargeted to the host at document level) change nothing on the page.
    if (e.target === this.host) return;
    this.schedule();
  };

  private onMutations = (records: MutationRecord[]): void => {
    // Part of the page taken away: perhaps the whole step (an application moving to another view).
    // Then the findings go before the page is drawn again, not after the debounce.
    if (records.some((r) => this.removesElements(r)) && this.pageGone()) return;
    this.noteChanges(records);
    for (const r of records) {
      if (this.isOurs(r)) continue;
      if (r.type === 'attributes' && !WATCHED_ATTRIBUTES.has(r.attributeName ?? '')) continue;
      this.schedule();
      return;
    }
  };

  /** The page's changes: the reading session's structure, and the page's dialogs, may be out of date. */
  private noteChanges(records: readonly MutationRecord[]): void {
    this.session.noteChanges(records);
    if (this.dialogOpen !== null && records.some((r) => !this.isOurs(r))) this.dialogOpen = null;
  }

  private removesElements(r: MutationRecord): boolean {
    if (r.type !== 'childList' || this.isOurs(r)) return false;
    for (const n of r.removedNodes) if (n.nodeType === 1) return true;
    return false;
  }

  private isOurs(r: MutationRecord): boolean {
    const t = r.target;
    if (t === this.host || this.host.contains(t)) return true;
    if (r.type === 'childList') {
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (
        nodes.length > 0 &&
        nodes.every(
          (n) =>
            n === this.host || (n as Element).hasAttribute?.('wxt-shadow-root-document-styles'),
        )
      )
        return true;
    }
    return false;
  }

  // ---- state ----------------------------------------------------------------------------------

  /** The element that carries `data-state` (the sidebar root). */
  setStateElement(el: Element | null): void {
    this.stateEl = el;
    el?.setAttribute('data-state', this.state);
  }

  private setState(s: 'checking' | 'ready'): void {
    if (this.state === s) return;
    this.state = s;
    this.stateEl?.setAttribute('data-state', s);
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  /** Ask for a re-check after the debounce; the only work done per event. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.setState('checking');
    this.timer = setTimeout(this.run, DEBOUNCE_MS);
  }

  /** Check now if a re-check is waiting (before Finish is let through, for example). */
  flush(): void {
    if (this.timer) this.run();
  }

  setSettings(s: Settings): void {
    this.settings = s;
    this.schedule();
  }

  setWaitingReviews(ids: string[]): void {
    this.waitingReviews = ids;
    this.schedule();
  }

  getSettings(): Settings {
    return this.settings;
  }

  /** Whether a dialog of the page's own is open: asked again only after the page changed. */
  private pageDialog(): boolean {
    if (this.dialogOpen !== null) return this.dialogOpen;
    const open = pageDialogOpen(this.doc, this.host);
    // without an observer (not started), nothing tells of a dialog opening: asked every time
    if (this.observer) this.dialogOpen = open;
    return open;
  }

  // ---- the check ----------------------------------------------------------------------------

  run = (): SidebarView | null => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pageGone()) return null;
    const view = this.check();
    const sig = signature(view);
    if (sig === this.sig) {
      this.setState('ready');
      return this.view ?? view;
    }
    const first = this.view === null;
    this.sig = sig;
    this.view = view;
    const draw = () => {
      // A re-check asked for meanwhile keeps the state `checking`; it draws when it runs.
      if (this.timer !== null || this.stopped) return;
      this.setState('ready');
      for (const l of this.listeners) l();
    };
    if (first && this.deps.afterNextFrame) this.deps.afterNextFrame(draw);
    else draw();
    return view;
  };

  /** Whether the page is no longer the one detected (then the checker stops and says so). */
  private pageGone(): boolean {
    const { pageChanged } = this.deps;
    if (!pageChanged) return false;
    const now = detectPage(this.doc);
    if (sameFound(now, this.detected)) return false;
    this.stop();
    pageChanged(now);
    return true;
  }

  private check(): SidebarView {
    const d = this.deps;
    const settings = this.settings;
    // changes not yet delivered to the observer's callback, taken now: none is missed
    if (this.observer) this.noteChanges(this.observer.takeRecords());
    const dialogOpen = this.pageDialog();
    try {
      const reading = d.read({ labelOverrides: settings.labelOverrides });
      this.reading = reading;
      const s = reading.snapshot;
      const findings = d.runRules(s, {
        settings,
        today: d.today(),
        waitingReviews: this.waitingReviews,
      });
      const isStep = s.kind === 'carers-conversation' || s.kind === 'carers-review';
      return buildView({
        snapshot: s,
        findings,
        detected: this.detected,
        eligibility: isStep ? { form: d.formDecision(s), statutory: d.statutoryTest(s) } : null,
        budget: isStep ? d.budgetSummary(s, settings) : null,
        budgetIsExample: !settings.budgetTableIsCouncils,
        pageDialogOpen: dialogOpen,
      });
    } catch (error) {
      this.reading = null;
      return buildView({
        snapshot: emptySnapshot(this.detected),
        findings: [],
        detected: this.detected,
        eligibility: null,
        budget: null,
        budgetIsExample: !settings.budgetTableIsCouncils,
        problem: error instanceof Error ? error.message : String(error),
        pageDialogOpen: dialogOpen,
      });
    }
  }

  // ---- a store for React (useSyncExternalStore) ----------------------------------------------

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getView = (): SidebarView | null => this.view;
}
