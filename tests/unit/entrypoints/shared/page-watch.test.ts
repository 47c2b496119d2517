// @vitest-environment happy-dom
/**
 * The watch on a live page (entrypoints/shared/page-watch.ts): any number of changes make one
 * look, at an idle moment; in-app navigation makes one too; a quiet page makes none.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '@/entrypoints/shared/page-watch';

describe('watching a live page', () => {
  let idle: IdleRequestCallback[];
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The watch's clock stands still unless a test moves it.
    vi.spyOn(performance, 'now').mockReturnValue(1000);
    idle = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A watch on the test's page, with a look that costs 1 ms. */
  function watched() {
    const ctx = new ContentScriptContext('detector');
    const look = vi.fn(() => Promise.resolve(1));
    return { ctx, look, watch: watchPage(ctx, look) };
  }

  /** Runs the idle callbacks asked for so far. */
  async function runIdle() {
    const now = idle.splice(0);
    for (const cb of now) cb({ didTimeout: false, timeRemaining: () => 10 });
    await vi.waitFor(() => Promise.resolve());
  }

  it('looks once, at idle, after many changes, and not at all while the page is quiet', async () => {
    const { ctx, look } = watched();
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('div'));
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(look).not.toHaveBeenCalled();
    await runIdle();
    expect(look).toHaveBeenCalledTimes(1);

    // quiet: nothing more is asked for, however long
    await vi.advanceTimersByTimeAsync(10_000);
    expect(idle).toHaveLength(0);
    expect(look).toHaveBeenCalledTimes(1);
    ctx.abort();
  });

  it('looks after in-app navigation (popstate, hashchange)', async () => {
    const { ctx, look } = watched();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(idle).toHaveLength(1);
    await runIdle();
    vi.spyOn(performance, 'now').mockReturnValue(2000);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(idle).toHaveLength(1);
    await runIdle();
    expect(look).toHaveBeenCalledTimes(2);
    ctx.abort();
  });

  it('stops with its script', async () => {
    const { ctx, look } = watched();
    ctx.abort();
    document.body.append(document.createElement('p'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(1000);
    await runIdle();
    expect(look).not.toHaveBeenCalled();
  });

  it("paused, the page's changes run none of its code; resumed, it looks once", async () => {
    const { ctx, look, watch } = watched();
    watch.pause();
    watch.pause();
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(idle).toHaveLength(0);
    watch.resume();
    expect(idle).toHaveLength(0); // pauses nest: still one left
    watch.resume();
    expect(idle).toHaveLength(1);
    await runIdle();
    expect(look).toHaveBeenCalledTimes(1);
    ctx.abort();
  });

  it('paused, still sees the body replaced', async () => {
    const { ctx, watch } = watched();
    watch.pause();
    document.documentElement.replaceChild(document.createElement('body'), document.body);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    ctx.abort();
  });

  it('leaves nothing behind per look: one clean-up for the script, however many looks', async () => {
    const ctx = new ContentScriptContext('detector');
    const cleanUps = vi.spyOn(ctx, 'onInvalidated');
    const look = vi.fn(() => Promise.resolve(1));
    watchPage(ctx, look);
    const before = cleanUps.mock.calls.length;
    let now = 1000;
    for (let i = 0; i < 10; i++) {
      now += 1000;
      vi.spyOn(performance, 'now').mockReturnValue(now);
      document.body.append(document.createElement('div'));
      await vi.waitFor(() => expect(idle).toHaveLength(1));
      await runIdle();
    }
    expect(look).toHaveBeenCalledTimes(10);
    expect(cleanUps.mock.calls.length).toBe(before);
    ctx.abort();
  });
});
