/**
 * WXT's start messages of a content script on the window, as the page sees them: for the tests of
 * which copy of a script runs (script-start.test.ts) and of the detector (detector.content.test.ts).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** WXT's start message type (it holds the extension's id). */
export const START_MESSAGE = (
  ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }
).SCRIPT_STARTED_MESSAGE_TYPE;

/** What a page script can post: WXT's start message of `name`, with an id of its choosing. */
export function forge(messageId = 'forged', name = 'sidebar'): void {
  window.postMessage({ type: START_MESSAGE, contentScriptName: name, messageId }, '*');
}

/** Resolves once every message posted before it has been dispatched (messages keep their order). */
export function delivered(): Promise<void> {
  const mark = `delivered-${Math.random()}`;
  return new Promise((resolve) => {
    const seen = (event: MessageEvent) => {
      if (event.data !== mark) return;
      window.removeEventListener('message', seen);
      resolve();
    };
    window.addEventListener('message', seen);
    window.postMessage(mark, '*');
  });
}

/** The start messages (of script `name` only, when given) dispatched on the window from now on. */
export function startMessages(name?: string): Array<{ messageId: string }> {
  const seen: Array<{ messageId: string }> = [];
  window.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; contentScriptName?: unknown } | null;
    if (data?.type === START_MESSAGE && (name === undefined || data.contentScriptName === name))
      seen.push(event.data as { messageId: string });
  });
  return seen;
}
