/** Loads the sidebar into frames where the detector found a supported Mosaic page. */
import { handle } from './router';

export function registerSidebar(): void {
  handle('inject-sidebar', async (_msg, sender) => {
    if (sender.tab?.id === undefined) return { ok: false };
    await browser.scripting.executeScript({
      target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
      files: ['/content-scripts/sidebar.js'],
    });
    return { ok: true };
  });
}
