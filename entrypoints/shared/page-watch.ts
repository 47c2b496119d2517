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
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lookDelay, lookGap } from '@/lib/page/follow';

/** The longest a look waits for an idle moment. */
const IDLE_TIMEOUT_MS = 500;

export function watchPage(ctx: ContentScriptContext, look: () => Promise<number>): void {
  let waiting = false;
  let looking = false;
  let changed = false;
  /** When the last look ended. */
  let lastLook: number | null = null;
  let gap = lookGap(0);

  const run = async () => {
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
  const atIdle = () => ctx.requestIdleCallback(() => void run(), { timeout: IDLE_TIMEOUT_MS });
  function note(): void {
    changed = true;
    if (waiting || looking || ctx.isInvalid) return;
    waiting = true;
    const delay = lookDelay(performance.now(), lastLook, gap);
    if (delay > 0) ctx.setTimeout(atIdle, delay);
    else atIdle();
  }

  const observer = new MutationObserver(note);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'popstate', note);
  ctx.addEventListener(window, 'hashchange', note);
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', note, { signal: ctx.signal });
}
