/**
 * Watches a live Mosaic page for the moments it may have become another page: something drawn or
 * replaced (a step drawn late, the main area swapped, the title set), in-app navigation
 * (pushState and replaceState, seen through the Navigation API's `currententrychange` where the
 * browser has it; popstate; hashchange). Then, at an idle moment, it calls `look` once.
 *
 * Cheap where there is no step (docs/live-pages.md): one MutationObserver whose callback only
 * notes that something changed, looks at idle at most every LOOK_GAP_MS whatever the page does,
 * one look at a time, and nothing at all (no timer, no polling) while the page is quiet.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lookDelay } from '@/lib/page/follow';

/** The shortest time between two looks. */
const LOOK_GAP_MS = 400;
/** The longest a look waits for an idle moment. */
const IDLE_TIMEOUT_MS = 500;

export function watchPage(ctx: ContentScriptContext, look: () => Promise<void>): void {
  let waiting = false;
  let looking = false;
  let changed = false;
  let lastLook: number | null = null;

  const run = async () => {
    waiting = false;
    if (ctx.isInvalid) return;
    looking = true;
    changed = false;
    lastLook = performance.now();
    try {
      await look();
    } finally {
      looking = false;
      if (changed) note();
    }
  };
  const atIdle = () => ctx.requestIdleCallback(() => void run(), { timeout: IDLE_TIMEOUT_MS });
  function note(): void {
    changed = true;
    if (waiting || looking || ctx.isInvalid) return;
    waiting = true;
    const delay = lookDelay(performance.now(), lastLook, LOOK_GAP_MS);
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
