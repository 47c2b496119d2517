import { parseMessage } from '@/lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return;
    const msg = parseMessage(raw);
    if (!msg) return;
    if (msg.type === 'inject-sidebar' && sender.tab?.id !== undefined) {
      return browser.scripting
        .executeScript({
          target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
          files: ['/content-scripts/sidebar.js'],
        })
        .then(() => ({ ok: true }))
        .catch(() => ({ ok: false }));
    }
  });
});
