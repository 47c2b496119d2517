/**
 * The small script that runs on the council's Mosaic pages: it recognises a supported page by its
 * visible title, asks the background to load the sidebar into this frame, and follows the page as
 * it changes without a page load (a step drawn late, in-app navigation: docs/live-pages.md),
 * telling the sidebar when the page has become another one or none.
 * Registered at run time for the Mosaic address (production), or in the manifest (demo build).
 *
 * The page's own loading comes first: nothing but this script's evaluation runs before the page
 * has fired its load event, and that evaluation is kept small (WXT's context, and a listener for
 * the load). The first look, the start message, the watch and the sidebar come once it has, at
 * the first moment the browser has nothing else to do, which comes after the frame that follows
 * the load (docs/performance.md). A page loaded in a tab not shown waits until it is shown.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '@/lib/page/detect';
import { findWorkStep } from '@/lib/page/find-step';
import { afterLook, type Found } from '@/lib/page/follow';
import { leaveFound, offerWatch, sidebarFollows } from '@/entrypoints/shared/handoff';
import { guardStart, refuseStartFromPage } from '@/entrypoints/shared/content-script';
import { watchPage } from '@/entrypoints/shared/page-watch';

/** The longest the first look, and the asking for the sidebar, wait for an idle moment. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * A mark in the page's performance timeline (no data in it) when the sidebar is asked for, for
 * DevTools and the benchmark (whose page load figure must be taken before it).
 */
const SIDEBAR_ASKED_MARK = 'mosaic-companion:sidebar-asked';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    // Stopped by a newer copy of this script only, never by the page; the start message that
    // stops an older copy is posted after the load, with the watch's start.
    refuseStartFromPage(ctx);
    let last: Found | null = null;
    // Called through the context, which drops it once the script has been stopped.
    const askForSidebar = () => {
      performance.mark(SIDEBAR_ASKED_MARK);
      void browser.runtime.sendMessage({ type: 'inject-sidebar' }).catch(() => {});
    };
    const take = (found: Found | null) => {
      if (ctx.isInvalid) return;
      const step = afterLook(last, found, sidebarFollows());
      last = found;
      // The sidebar takes this instead of detecting the page again (entrypoints/shared/handoff.ts).
      leaveFound(found);
      // Every look runs in an idle moment of a page that has loaded; the sidebar is asked for in
      // the next one, so that the look and the asking are short tasks, not one longer one.
      if (step === 'load') ctx.requestIdleCallback(askForSidebar, { timeout: IDLE_TIMEOUT_MS });
    };
    // A checked page's title is found at once; a casework step's names are read from storage.
    // Resolves with the look's script time, not counting the wait for storage (page-watch.ts).
    let looks = 0;
    const look = async () => {
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
      if (mine === looks) take(found);
      return performance.now() - started - waited;
    };
    // The first look after the load, and the start message and the watch in a task after it:
    // evaluating this script, with WXT's context, is then all of ours in the page's load
    // (docs/performance.md).
    afterLoad(ctx, () => {
      void look();
      ctx.setTimeout(() => {
        void guardStart(ctx);
        offerWatch(watchPage(ctx, () => look()));
      }, 0);
    });
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
