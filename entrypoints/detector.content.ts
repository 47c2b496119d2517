/**
 * The small script that runs on the council's Mosaic pages: it only recognises a supported page by
 * its visible title and then asks the background to load the sidebar into this frame.
 * Registered at run time for the Mosaic address (production), or in the manifest (demo build).
 */
import { detectPage } from '@/lib/page/detect';
import { leaveDetection } from '@/lib/page/handoff';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  allFrames: true,
  main() {
    const found = detectPage(document);
    if (!found) return;
    // The sidebar takes this instead of detecting the page again (lib/page/handoff.ts).
    leaveDetection(found);
    void browser.runtime.sendMessage({ type: 'inject-sidebar' }).catch(() => {});
  },
});
