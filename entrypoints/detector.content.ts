/**
 * The small script that runs on the council's Mosaic pages: it only recognises a supported page by
 * its visible title and then asks the background to load the sidebar into this frame.
 * Registered at run time for the Mosaic address (production), or in the manifest (demo build).
 *
 * The page's own loading comes first: the sidebar is asked for only once the page has fired its
 * load event, drawn the frame after it, and the browser has a moment with nothing else to do
 * (docs/performance.md). A page loaded in a tab not shown waits until it is shown.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '@/lib/page/detect';
import { findWorkStep } from '@/lib/page/find-step';
import { leaveDetection } from '@/entrypoints/shared/handoff';
import { guardStart } from '@/entrypoints/shared/content-script';

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
    const found = detectPage(document);
    const ask = () =>
      afterLoad(ctx, () => {
        void browser.runtime.sendMessage({ type: 'inject-sidebar' }).catch(() => {});
      });
    if (!found) {
      // A casework step (page kind `work-step`), by the council's step names (lib/page/find-step.ts).
      void findWorkStep(document, (key) => browser.storage.local.get(key)).then((step) => {
        if (step && !ctx.isInvalid) ask();
      });
      return;
    }
    // The sidebar takes this instead of detecting the page again (entrypoints/shared/handoff.ts).
    leaveDetection(found);
    ask();
  },
});

function afterLoad(ctx: ContentScriptContext, run: () => void): void {
  const whenIdle = () =>
    ctx.requestAnimationFrame(() => ctx.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }));
  if (document.readyState === 'complete') whenIdle();
  else ctx.addEventListener(window, 'load', whenIdle, { once: true });
}
