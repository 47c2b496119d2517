/**
 * What the content scripts (the detector and the sidebar) share about their own extension.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardScriptStart, refusePageStartMessages, type StartedScript } from './script-start';

/**
 * Whether this script can still reach the rest of the extension. After the extension is updated,
 * reloaded or removed while the page stays open, the runtime's id is gone ("Extension context
 * invalidated"): nothing can be saved any more until the page is reloaded.
 */
export function runtimeAlive(): boolean {
  try {
    return typeof browser !== 'undefined' && Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Makes the script's context stoppable by a newer copy of the script only, never by the page
 * (entrypoints/shared/script-start.ts). Resolves once an older copy has had the chance to stop.
 */
export function guardStart(ctx: ContentScriptContext): Promise<void> {
  // Both are private in WXT's types; they are the values WXT's own start message uses. (The class
  // is not imported as a value: WXT loads the entry points in Node at build time, where it fails.)
  const { contentScriptName } = ctx as unknown as { contentScriptName: string };
  const { SCRIPT_STARTED_MESSAGE_TYPE } = ctx.constructor as unknown as {
    SCRIPT_STARTED_MESSAGE_TYPE: string;
  };
  return guardScriptStart(ctx, {
    name: contentScriptName,
    messageType: SCRIPT_STARTED_MESSAGE_TYPE,
    extensionGone: () => !runtimeAlive(),
  });
}

/**
 * Keeps the page from stopping the script until `guardStart` is called, for a script that calls it
 * later (the detector, once the page has loaded: entrypoints/detector.content.ts).
 */
export function refuseStartFromPage(ctx: ContentScriptContext): void {
  // verifyScriptStartedEvent is private in WXT's types.
  refusePageStartMessages(ctx as unknown as StartedScript);
}
