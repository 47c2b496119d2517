/**
 * Answers the options page's "Test on this page" (`preview-labels`): reads this page again with
 * the label overrides being edited, and replies which fields it finds. Nothing on the page or in
 * the sidebar changes. See docs/label-overrides.md.
 */
import { parseSidebarMessage } from '@/lib/sidebar-messages';
import { previewLabelOverrides } from '@/lib/page/preview';

export function listenForLabelPreview(): () => void {
  const listener = (
    raw: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return false;
    const msg = parseSidebarMessage(raw);
    if (msg?.type !== 'preview-labels') return false;
    sendResponse(previewLabelOverrides(document, msg.labelOverrides));
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
