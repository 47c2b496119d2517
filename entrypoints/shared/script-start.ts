/**
 * Which copy of a content script runs in a frame, decided so that the page cannot take part.
 *
 * WXT's content script context stops a copy of a script when it sees that script's start message
 * posted on the window; a page can post the same message, and so could remove the sidebar (or
 * stop the detector before it asks for it). Here that check is turned off, and a copy is stopped
 * only by a newer copy of the same script:
 * - loaded into the same frame by the same extension: both run in the extension's isolated world
 *   of the frame, which the page cannot see or change (as in handoff.ts), and the newer copy
 *   stops the older one there, at once;
 * - loaded after the extension was updated, reloaded or removed: that copy runs in another
 *   isolated world, and can only post its start message. The older copy takes that message only
 *   when its own extension has gone, something a page cannot bring about; such a copy can no
 *   longer save anything, and says so.
 */

/** The parts of WXT's ContentScriptContext used here. */
export interface StartedScript {
  readonly signal: AbortSignal;
  notifyInvalidated(): void;
  verifyScriptStartedEvent(event: MessageEvent): boolean;
}

export interface StartOptions {
  /** The script's name, as in WXT's start message. */
  name: string;
  /** WXT's start message type for the script (it holds the extension's id). */
  messageType: string;
  /** Whether this copy's extension has gone (updated, reloaded or removed under the page). */
  extensionGone: () => boolean;
  win?: Window;
  /** The global object of the isolated world. */
  world?: object;
}

const KEY = '__mosaicCompanionScripts';

/**
 * Stops an older copy of the script and makes this one stoppable only as above. Resolves once
 * this copy's start message has reached every copy listening, so that a copy of an updated
 * extension has then removed what it showed.
 */
export function guardScriptStart(ctx: StartedScript, options: StartOptions): Promise<void> {
  const { name, messageType, extensionGone, win = window, world = globalThis } = options;
  refusePageStartMessages(ctx);

  const running = ((world as Record<string, unknown>)[KEY] ??= new Map()) as Map<
    string,
    StartedScript
  >;
  running.get(name)?.notifyInvalidated();
  running.set(name, ctx);
  ctx.signal.addEventListener('abort', () => {
    if (running.get(name) === ctx) running.delete(name);
  });

  const messageId = startId();
  return new Promise((resolve) => {
    // Only compared with our own values: nothing in the message is used.
    const onMessage = (event: MessageEvent) => {
      const data = event.data as {
        type?: unknown;
        contentScriptName?: unknown;
        messageId?: unknown;
      } | null;
      if (data?.type !== messageType || data.contentScriptName !== name) return;
      if (data.messageId === messageId) resolve();
      else if (extensionGone()) ctx.notifyInvalidated();
    };
    win.addEventListener('message', onMessage, { signal: ctx.signal });
    // WXT's shape: a copy of a release without this guard stops on it too.
    win.postMessage({ type: messageType, contentScriptName: name, messageId }, '*');
  });
}

/**
 * Turns off WXT's own listener, which would take any start message, the page's too, for a newer
 * copy's. The first part of `guardScriptStart`, for a script that starts the rest later.
 */
export function refusePageStartMessages(ctx: StartedScript): void {
  ctx.verifyScriptStartedEvent = () => false;
}

/** A random id (for a start message, or to name a sidebar to the tab's other frames). */
export function startId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}
