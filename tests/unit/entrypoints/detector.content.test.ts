// @vitest-environment happy-dom
/**
 * The detector asks for the sidebar only after the page has loaded and left the browser idle, so
 * a Mosaic page's own loading never waits for the sidebar.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

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
 * until its first look (in a task after its start).
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

describe('the detector', () => {
  beforeEach(() => {
    detected.page = CONVERSATION;
    detected.looks = 0;
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    delete (document as { readyState?: unknown }).readyState;
  });

  it('asks for the sidebar after the load event, in an idle moment, with no frame callback', async () => {
    const { send, idle, frames, ctx } = await runDetector('interactive');
    expect(idle).toHaveLength(0);
    window.dispatchEvent(new Event('load'));
    expect(idle).toHaveLength(1);
    expect(send).not.toHaveBeenCalled();
    idle[0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(send).toHaveBeenCalledWith({ type: 'inject-sidebar' });
    expect(frames).toHaveLength(0);
    ctx.abort();
  });

  it('looks at the page in a task after its own start, not while its script is evaluated', async () => {
    const { looksAtStart, ctx } = await runDetector('complete');
    expect(looksAtStart).toBe(0);
    expect(detected.looks).toBe(1);
    ctx.abort();
  });

  it('on a page already loaded, waits for an idle moment', async () => {
    const { send, idle, frames, ctx } = await runDetector('complete');
    expect(send).not.toHaveBeenCalled();
    idle[0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
    ctx.abort();
  });

  it('follows the page: a step that appears later is asked for in the idle moment it is found', async () => {
    detected.page = null;
    const { send, idle, frames, ctx } = await runDetector('complete');
    // nothing on the page yet: nothing asked for
    await vi.waitFor(() => expect(idle.length + frames.length).toBe(0));
    detected.page = CONVERSATION;
    document.body.append(document.createElement('h1'));
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    idle[0]({ didTimeout: false, timeRemaining: () => 10 });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'inject-sidebar' }));
    expect(frames).toHaveLength(0);
    ctx.abort();
  });
});
