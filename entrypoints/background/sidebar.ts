/**
 * Loads the sidebar into frames where the detector found a supported Mosaic page, tells the tab's
 * frames when one of them shows the sidebar (the others leave), and passes the
 * keyboard shortcut (the `toggle-sidebar` command) on to the sidebar in the active tab.
 */
import type { Message } from '@/lib/messages';
import { SIDEBAR_SCRIPTS } from '@/entrypoints/sidebar-libraries/names';
import { handle } from './router';

export function registerSidebar(): void {
  handle('inject-sidebar', async (_msg, sender) => {
    if (sender.tab?.id === undefined) return { ok: false };
    const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
    // One call per file, so that the page parses and compiles each in a task of its own.
    for (const file of SIDEBAR_SCRIPTS)
      await browser.scripting.executeScript({ target, files: [file] });
    return { ok: true };
  });
  // At most one sidebar in a tab: the others leave for the one just shown (its token).
  handle('sidebar-shown', async (msg, sender) => {
    if (sender.tab?.id === undefined) return;
    await browser.tabs.sendMessage(sender.tab.id, msg).catch(() => {});
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-sidebar') void toggleSidebarInActiveTab();
  });
}

/** Sends `toggle-sidebar` to the active tab of the focused window (a step editor window too). */
export async function toggleSidebarInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  const msg: Message = { type: 'toggle-sidebar' };
  // No sidebar in that tab (not a Mosaic step): nothing to do.
  await browser.tabs.sendMessage(tab.id, msg).catch(() => {});
}
