/**
 * The live check: reads the page and runs the rules after the worker stops typing or clicking
 * (change events, the text of the field with the focus looked at in idle moments: page-input.ts;
 * and page changes such as rows added, tabs switched or conditional questions shown), debounced.
 * Only the scheduling happens per event.
 *
 * `data-state` on the sidebar element is set here directly ("checking" while a re-check is
 * pending, "ready" once the current page state has been checked and its findings drawn), and
 * React is given a view only when what the sidebar shows has changed (drawn-view.ts).
 */
import { detectPage, type Detection } from '@/lib/page/detect';
import { sameFound } from '@/lib/page/follow';
import {
  ReadingSession,
  SESSION_OBSERVER_OPTIONS,
  toEnd,
  type PageReading,
} from '@/lib/page/reader';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import type { SidebarView } from '@/lib/sidebar/view';
import { DrawnView } from './drawn-view';
import { DueCheck } from './due-check';
import { pageChanges } from './page-changes';
import { PageInput } from './page-input';
import { pageDialogOpen } from './page-dialog';
import { DEFAULT_DEPS, type CheckerDeps } from './checker-deps';
import { viewOfReading } from './view-of-reading';
import { Slices } from './next-task';

export type { CheckerDeps } from './checker-deps';

export const DEBOUNCE_MS = 150;

export class Checker {
  /** The re-check asked for, waiting (due-check.ts); in parts when the sidebar gives a next task. */
  private readonly due = new DueCheck(
    () => this.input.typing,
    () => void this.runInParts(),
  );
  private observer: MutationObserver | null = null;
  private stopped = false;
  private stateEl: Element | null = null;
  private state: 'checking' | 'ready' = 'checking';
  /** The views, the latest and the one drawn (drawn-view.ts). */
  private readonly views: DrawnView;
  private settings: Settings = DEFAULT_SETTINGS;
  private waitingReviews: string[] = [];
  private deps: CheckerDeps;
  /** The check under way in parts; dropped (null) when a new check is asked for. */
  private inParts: object | null = null;
  private readonly session: ReadingSession;
  /** The worker's input events (page-input.ts). */
  private readonly input: PageInput;
  /**
   * Whether a dialog of the page's own is open, as last asked; null: ask at the next check. A
   * dialog opens or closes only through a change to the page, which the observer sees.
   */
  private dialogOpen: boolean | null = null;
  /** Whether the page may have changed since the last check (deps.checkedAfterChange). */
  private changedSinceCheck = true;
  /** The latest reading: the controls and questions to jump to. */
  reading: PageReading | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: Element,
    private readonly detected: Detection,
    deps: Partial<CheckerDeps> = {},
  ) {
    this.session = new ReadingSession(doc);
    this.input = new PageInput(
      doc,
      host,
      () => this.schedule(),
      this.onTyping,
      () => this.due.settled(),
    );
    this.deps = {
      ...DEFAULT_DEPS,
      read: (o) => this.session.read(o),
      readInParts: (o) => this.session.readInParts(o),
      ...deps,
    };
    this.views = new DrawnView({
      afterNextFrame: this.deps.afterNextFrame,
      // A re-check asked for meanwhile keeps the state `checking`; it draws when it runs.
      mayDraw: () => !this.pending && !this.stopped,
      drawn: () => this.setState('ready'),
      toldWhenDrawn: this.deps.toldWhenDrawn,
    });
  }

  // ---- wiring -------------------------------------------------------------------------------

  start(): void {
    this.stopped = false;
    this.dialogOpen = null;
    this.input.start();
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer(this.onMutations);
    this.observe();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    // disconnected first: the input's stop then connects nothing again (onTyping)
    this.observer?.disconnect();
    this.observer = null;
    this.input.stop();
    this.due.cancel();
    this.inParts = null;
  }

  /** What the reading session needs to see; only some of the changes call for a re-check. */
  private observe(): void {
    this.observer?.observe(this.doc.body ?? this.doc.documentElement, SESSION_OBSERVER_OPTIONS);
  }

  /**
   * While a text field has the focus, the page's changes are not watched: a page that redraws part
   * of itself on every key would run our code with each (page-input.ts). A check meanwhile, and the
   * first after, sees whether the page still has the structure it read (`seeUnwatched`).
   */
  private onTyping = (typing: boolean): void => {
    if (!this.observer) return;
    if (typing) {
      this.noteUndelivered();
      this.observer.disconnect();
    } else {
      this.observe();
      this.seeUnwatched();
    }
    if (!typing) this.due.typingStopped();
  };

  /** The page went unwatched a while: its structure, and whether a dialog is open, are asked again. */
  private seeUnwatched(): void {
    if (!this.session.watchedAgain()) this.changedSinceCheck = true;
    this.dialogOpen = null;
  }

  private onMutations = (records: MutationRecord[]): void => {
    const changes = pageChanges(records, this.host);
    if (!changes.page) return;
    // Part of the page taken away: perhaps the whole step (an application moving to another view).
    // Then the findings go before the page is drawn again, not after the debounce.
    if (changes.removesElements && this.pageGone()) return;
    this.notePageChanged(records);
    if (changes.mayChangeForm) this.schedule();
  };

  /**
   * The page changed: the reading session's structure, and whether a dialog is open, may be out
   * of date.
   */
  private notePageChanged(records: readonly MutationRecord[]): void {
    this.session.noteChanges(records);
    this.dialogOpen = null;
    this.changedSinceCheck = true;
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
    return this.due.waiting;
  }

  /**
   * Ask for a re-check DEBOUNCE_MS after the latest event; the only work done per event. While a
   * text field has the focus, the check waits for the typing to pause (due-check.ts).
   */
  schedule(): void {
    this.inParts = null;
    this.setState('checking');
    this.due.after(DEBOUNCE_MS);
  }

  /** Check now if a check is waiting or under way (before Finish is let through, for example). */
  flush(): void {
    if (this.pending || this.inParts) this.run();
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
    this.due.cancel();
    this.inParts = null;
    if (this.input.typing) this.seeUnwatched();
    if (this.pageGone()) return null;
    return this.show(
      toEnd(this.check(() => this.deps.read({ labelOverrides: this.settings.labelOverrides }))),
    );
  };

  private show(view: SidebarView): SidebarView {
    const shown = this.views.show(view);
    if (this.changedSinceCheck) {
      this.changedSinceCheck = false;
      this.deps.checkedAfterChange?.();
    }
    return shown;
  }

  /**
   * A check in parts (deps.nextTask): the page's reading, then the rules, then the view, pausing
   * between two parts once the task has run for `sliceMs`. A check asked for meanwhile (the page
   * changed during a pause, say) drops it and is taken in parts in its turn; `flush` takes it at
   * once.
   */
  private runInParts = async (): Promise<void> => {
    const { nextTask, sliceMs = 0 } = this.deps;
    if (!nextTask) return void this.run();
    if (this.input.typing) this.seeUnwatched();
    if (this.pageGone()) return;
    const mine = {};
    this.inParts = mine;
    const slices = new Slices(nextTask, sliceMs);
    /** False when the check was dropped during a pause. */
    const wanted = () => this.inParts === mine;
    let reading: { value: PageReading } | null = null;
    let failed: unknown = null;
    try {
      this.noteUndelivered();
      reading = await slices.take(
        this.deps.readInParts({ labelOverrides: this.settings.labelOverrides }),
        wanted,
      );
      if (!reading) return;
    } catch (error) {
      failed = error;
    }
    if ((await slices.pause()) && !wanted()) return;
    const view = await slices.take(
      this.check(() => {
        if (!reading) throw failed;
        return reading.value;
      }),
      wanted,
    );
    if (!view) return;
    this.inParts = null;
    this.show(view.value);
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

  /** Changes not yet delivered to the observer's callback, taken now: none is missed. */
  private noteUndelivered(): void {
    const records = this.observer?.takeRecords() ?? [];
    if (pageChanges(records, this.host).page) this.notePageChanged(records);
  }

  /** The rules on the page's reading (`read`), and what the sidebar shows of them, in parts. */
  private *check(read: () => PageReading): Generator<void, SidebarView> {
    this.noteUndelivered();
    const inputs = {
      detected: this.detected,
      settings: this.settings,
      waitingReviews: this.waitingReviews,
      pageDialogOpen: this.pageDialog(),
    };
    const view = yield* viewOfReading(
      () => {
        this.reading = read();
        return this.reading;
      },
      this.deps,
      inputs,
    );
    // a page not read, or rules that failed on it: nothing to jump to
    if (view.problem) this.reading = null;
    return view;
  }

  // ---- a store for React (useSyncExternalStore) ----------------------------------------------

  subscribe = (l: () => void): (() => void) => this.views.subscribe(l);

  /** The latest view (drawn or not yet). */
  getView = (): SidebarView | null => this.views.getView();

  /** The view given to React to draw. */
  getShown = (): SidebarView | null => this.views.getShown();

  /** React has drawn `view` in full: the page is checked (with deps.toldWhenDrawn). */
  drawnByReact = (view: SidebarView): void => this.views.drawnByReact(view);
}
