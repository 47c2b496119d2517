/**
 * The small script that runs on the council's Mosaic pages: it recognises a supported page by its
 * visible title, asks the background to load the sidebar into this frame, and follows the page as
 * it changes without a page load (a step drawn late, in-app navigation: docs/live-pages.md),
 * telling the sidebar when the page has become another one or none.
 * Registered at run time for the Mosaic address (production), or in the manifest (demo build).
 *
 * The page's own loading comes first: the sidebar is asked for only once the page has fired its
 * load event and the browser has a moment with nothing else to do, which comes after the frame
 * that follows the load (docs/performance.md). A page loaded in a tab not shown waits until it
 * is shown.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '@/lib/page/detect';
import { findWorkStep } from '@/lib/page/find-step';
import { afterLook, type Found } from '@/lib/page/follow';
import { leaveFound, offerWatch, sidebarFollows } from '@/entrypoints/shared/handoff';
import { guardStart } from '@/entrypoints/shared/content-script';
import { watchPage } from '@/entrypoints/shared/page-watch';

/** The longest the sidebar waits for an idle moment after the page has loaded. */
const IDLE_TIMEOUT_MS = 1000;

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    // Stopped by a newer copy of this script only, never by the page.
    void guardStart(ctx);
    let last: Found | null = null;
    const load = () => {
      void browser.runtime.sendMessage({ type: 'inject-sidebar' }).catch(() => {});
    };
    /** `atIdle`: the look ran in an idle moment of a page that had loaded (the watch's looks). */
    const take = (found: Found | null, atIdle: boolean) => {
      if (ctx.isInvalid) return;
      const step = afterLook(last, found, sidebarFollows());
      last = found;
      // The sidebar takes this instead of detecting the page again (entrypoints/shared/handoff.ts).
      leaveFound(found);
      if (step !== 'load') return;
      if (atIdle && document.readyState === 'complete') load();
      else afterLoad(ctx, load);
    };
    // A checked page's title is found at once; a casework step's names are read from storage.
    // Resolves with the look's script time, not counting the wait for storage (page-watch.ts).
    let looks = 0;
    const look = async (atIdle = true) => {
      // A later look may end first (this one waiting for storage): the older one is then dropped.
      const mine = ++looks;
      const started = performance.now();
      let waited = 0;
      const read = async (key: string) => {
        const asked = performance.now();
        try {
          return await browser.storage.local.get(key);
        } finally {
          waited += performance.now() - asked;
        }
      };
      const found = detectPage(document) ?? (await findWorkStep(document, read));
      if (mine === looks) take(found, atIdle);
      return performance.now() - started - waited;
    };
    // The first look and the watch in a task after this one: evaluating this script, with WXT's
    // context and start message, is a task of its own, and on a slow laptop a long one
    // (docs/performance.md).
    ctx.setTimeout(() => {
      const first = detectPage(document);
      if (first) take(first, false);
      else void look(false);
      offerWatch(watchPage(ctx, () => look()));
    }, 0);
  },
});

/**
 * After the load event, at the first idle moment. Chromium starts an idle period only once it has
 * drawn any frame it owes, so this also comes after the frame that follows the load; none of our
 * code runs in that frame (a frame callback would, and a frame of the page's own that is long
 * would then hold script of ours).
 */
function afterLoad(ctx: ContentScriptContext, run: () => void): void {
  const whenIdle = () => ctx.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  if (document.readyState === 'complete') whenIdle();
  else ctx.addEventListener(window, 'load', whenIdle, { once: true });
}
