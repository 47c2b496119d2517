// @vitest-environment happy-dom
/**
 * The background loads the sidebar with executeScript, which waits for what the script returns;
 * while it waits, a page that is still loading cannot fire its load event. So the sidebar's main
 * returns at once and starts in tasks of its own, however long the background takes to answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import sidebar from '@/entrypoints/sidebar/index';
import { startSidebar } from '@/entrypoints/sidebar/start';
import { leaveFound } from '@/entrypoints/shared/handoff';

describe('the sidebar script', () => {
  it('returns at once, not a promise, even when the background never answers', async () => {
    fakeBrowser.reset();
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockReturnValue(new Promise(() => {}) as never);
    leaveFound(
      { kind: 'carers-conversation', personId: '2204451', personName: 'Timothy Guide' },
      document,
    );
    const result = sidebar.main();
    expect(result).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
    // It did start, in a later task: it asked the background for the settings.
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'get-settings' }));
    // A newer copy stops it (and is stopped in turn, so that nothing is left running).
    startSidebar().abort();
  });
});
