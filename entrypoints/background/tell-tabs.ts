/**
 * A message from the background to the content scripts of every open tab (the sidebars): a tab
 * without them, or one that cannot be reached, is passed over.
 */
import type { SidebarMessage } from '@/lib/sidebar-messages';

export async function tellTabs(message: SidebarMessage): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => {}),
    ),
  );
}
