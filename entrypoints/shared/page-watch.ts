/**
 * Watches a live Mosaic page for the moments it may have become another page: something drawn or
 * replaced (a step drawn late, the main area swapped, the title set), in-app navigation
 * (pushState and replaceState, seen through the Navigation API's `currententrychange` where the
 * browser has it; popstate; hashchange). Then, at an idle moment, it calls `look` once.
 *
 * Cheap where there is no step (docs/live-pages.md): one MutationObserver whose callback only
 * notes that something changed, looks at idle at most every 400 ms whatever the page does (longer
 * where a look is dear: lib/page/follow.ts `lookGap`), one look at a time, and nothing at all (no
 * timer, no polling) while the page is quiet.
 *
 * `look` resolves with what it cost: its script time in ms, not counting what it waited for.
 *
 * A sidebar that watches the page itself, change by change (the checker), pauses this watch while
 * it does (handoff.ts): then only the document's own element and body coming and going are
 * watched, and the page's changes run none of this script's code. Resumed, it looks once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lookDelay, lookGap } from '@/lib/page/follow';

/** The longest a look waits for an idle moment. */
const IDLE_TIMEOUT_MS = 500;

/** What the watch observes, and what it observes while paused. */
const WATCHED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const WATCHED_WHILE_PAUSED: MutationObserverInit = { childList: true };

/** Pausing and resuming the watch (pauses nest: it resumes with the last). */
export interface PageWatch {
  pause(): void;
  resume(): void;
}

export function watchPage(ctx: ContentScriptContext, look: () => Promise<number>): PageWatch {
  let waiting = false;
  let looking = false;
  let changed = false;
  /** When the last look ended. */
  let lastLook: number | null = null;
  let gap = lookGap(0);
  /** The wait for the next look (a timer, then an idle callback), cancelled as the script ends. */
  let timer = 0;
  let idle = 0;

  const run = async () => {
    idle = 0;
    waiting = false;
    if (ctx.isInvalid) return;
    looking = true;
    changed = false;
    try {
      gap = lookGap(await look());
    } finally {
      looking = false;
      // The gap runs from the end of a look: a look that waited long is no reason to look sooner.
      lastLook = performance.now();
      if (changed) note();
    }
  };
  const atIdle = () => {
    timer = 0;
    idle = requestIdleCallback(() => void run(), { timeout: IDLE_TIMEOUT_MS });
  };
  // Called on every change the page makes (each key typed, where the page redraws as it is typed
  // into): only the first of a burst does anything.
  function note(): void {
    changed = true;
    if (waiting || looking || ctx.isInvalid) return;
    waiting = true;
    const delay = lookDelay(performance.now(), lastLook, gap);
    if (delay > 0) timer = window.setTimeout(atIdle, delay);
    else atIdle();
  }

  const observer = new MutationObserver(note);
  let pauses = 0;
  const observe = () => {
    observer.disconnect();
    if (pauses === 0) return observer.observe(document, WATCHED);
    observer.observe(document, WATCHED_WHILE_PAUSED);
    if (document.documentElement) observer.observe(document.documentElement, WATCHED_WHILE_PAUSED);
  };
  observe();
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    cancelIdleCallback(idle);
  });
  ctx.addEventListener(window, 'popstate', note);
  ctx.addEventListener(window, 'hashchange', note);
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', note, { signal: ctx.signal });
  return {
    pause() {
      if (++pauses === 1 && !ctx.isInvalid) observe();
    },
    resume() {
      if (pauses === 0 || --pauses > 0 || ctx.isInvalid) return;
      observe();
      note();
    },
  };
}
