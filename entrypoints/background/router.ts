/**
 * One runtime.onMessage listener for the whole background: it ignores anything not sent by this
 * extension or not a valid Message (lib/messages.ts), and hands the rest to the handler registered
 * for its type. Handlers may be async; their result is the reply.
 */
import { parseMessage, type Message } from '@/lib/messages';

type Sender = Browser.runtime.MessageSender;
type Handler<T extends Message['type']> = (
  msg: Extract<Message, { type: T }>,
  sender: Sender,
) => unknown;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const handlers = new Map<string, (msg: any, sender: Sender) => unknown>();

export function handle<T extends Message['type']>(type: T, handler: Handler<T>): void {
  handlers.set(type, handler);
}

export function listen(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const msg = parseMessage(raw);
    if (!msg) return false;
    const handler = handlers.get(msg.type);
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(msg, sender))
      .then(
        (result) => sendResponse(result ?? null),
        (error: unknown) =>
          sendResponse({ error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  });
}
