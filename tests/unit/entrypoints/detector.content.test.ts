// @vitest-environment happy-dom
/**
 * The detector looks at the page and asks for the sidebar only after the page has loaded and left
 * the browser idle, so a Mosaic page's own loading never waits for either.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { delivered, forge, startMessages } from './shared/start-messages';

const CONVERSATION = {
  kind: 'carers-conversation',
  personId: '2204451',
  personName: 'Timothy Guide',
};
const detected = vi.hoisted(() => ({ page: null as unknown, looks: 0 }));
vi.mock('@/lib/page/detect', () => ({
  detectPage: () => {
    detected.looks++;
    return detected.page;
  },
}));

const { default: detector } = await import('@/entrypoints/detector.content');

/**
 * Runs the detector on a page in `state`, with frames and idle moments that come only when called,
 * and lets the tasks after its start run.
 */
async function runDetector(state: DocumentReadyState) {
  fakeBrowser.reset();
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  const idle: IdleRequestCallback[] = [];
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idle.push(cb));
  vi.stubGlobal('cancelIdleCallback', () => {});
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  Object.defineProperty(document, 'readyState', { value: state, configurable: true });
  const ctx = new ContentScriptContext('detector');
  detector.main(ctx);
  const looksAtStart = detected.looks;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { send, idle, frames, ctx, looksAtStart };
}

/** Runs the idle callback that has waited longest. */
function nextIdle(idle: IdleRequestCallback[]) {
  const callback = idle.shift();
  if (!callback) throw new Error('no idle callback is waiting');
  callback({ didTimeout: false, timeRemaining: () => 10 });
}

describe('the detector', () => {
  beforeEach(() => {
    detected.page = CONVERSATION;
    detected.looks = 0;
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    delete (document as { readyState?: unknown }).readyState;
  });

  it('looks after the load event in an idle moment, and asks for the sidebar in the next, with no frame callback', async () => {
    const { send, idle, frames, ctx, looksAtStart } = await runDetector('interactive');
    expect(looksAtStart).toBe(0);
    expect(detected.looks).toBe(0);
    expect(idle).toHaveLength(0);
    window.dispatchEvent(new Event('load'));
    expect(idle).toHaveLength(1);
    expect(detected.looks).toBe(0);
    nextIdle(idle);
    expect(detected.looks).toBe(1);
    expect(send).not.toHaveBeenCalled();
    nextIdle(idle);
    expect(send).toHaveBeenCalledWith({ type: 'inject-sidebar' });
    expect(frames).toHaveLength(0);
    ctx.abort();
  });

  it('on a page already loaded, looks in an idle moment, not while its script is evaluated', async () => {
    const { send, idle, frames, ctx, looksAtStart } = await runDetector('complete');
    expect(looksAtStart).toBe(0);
    expect(detected.looks).toBe(0);
    nextIdle(idle);
    expect(detected.looks).toBe(1);
    expect(send).not.toHaveBeenCalled();
    nextIdle(idle);
    expect(send).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
    ctx.abort();
  });

  it("marks the moment it asks for the sidebar in the page's performance timeline", async () => {
    performance.clearMarks();
    const { idle, ctx } = await runDetector('complete');
    nextIdle(idle);
    expect(performance.getEntriesByName('mosaic-companion:sidebar-asked')).toHaveLength(0);
    nextIdle(idle);
    expect(performance.getEntriesByName('mosaic-companion:sidebar-asked')).toHaveLength(1);
    ctx.abort();
  });

  it('posts its own start message after the load, and the page cannot stop it before then', async () => {
    const messages = startMessages('detector');
    const { idle, ctx } = await runDetector('interactive');
    await delivered();
    // WXT's context posts one as it is made; the detector's own waits for the load
    expect(messages).toHaveLength(1);
    // what a page script can post
    forge('forged', 'detector');
    await delivered();
    expect(ctx.signal.aborted).toBe(false);
    window.dispatchEvent(new Event('load'));
    nextIdle(idle);
    // the start message goes with the watch's start, in the task after the look
    await new Promise((resolve) => setTimeout(resolve, 0));
    await delivered();
    expect(messages.filter((m) => m.messageId !== 'forged')).toHaveLength(2);
    expect(ctx.signal.aborted).toBe(false);
    ctx.abort();
  });

  it('follows the page: a step that appears later is found in an idle moment and asked for in the next', async () => {
    detected.page = null;
    const { send, idle, frames, ctx } = await runDetector('complete');
    // the first look, after the load: nothing on the page yet, nothing asked for
    nextIdle(idle);
    await vi.waitFor(() => expect(detected.looks).toBe(1));
    // the watch starts in the task after the look
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(idle.length + frames.length).toBe(0);
    expect(send).not.toHaveBeenCalled();
    detected.page = CONVERSATION;
    document.body.append(document.createElement('h1'));
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    nextIdle(idle);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(send).not.toHaveBeenCalled();
    nextIdle(idle);
    expect(send).toHaveBeenCalledWith({ type: 'inject-sidebar' });
    expect(frames).toHaveLength(0);
    ctx.abort();
  });
});
