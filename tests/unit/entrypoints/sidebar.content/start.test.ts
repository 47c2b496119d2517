// @vitest-environment happy-dom
/**
 * The background loads the sidebar with executeScript, which waits for what the script returns;
 * while it waits, a page that is still loading cannot fire its load event. So the sidebar's main
 * returns at once and starts in tasks of its own, however long the background takes to answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import sidebar from '@/entrypoints/sidebar.content/index';
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
    const ctx = new ContentScriptContext('sidebar');
    const result = sidebar.main(ctx);
    expect(result).toBeUndefined();
    // It did start: it asked the background for the settings.
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'get-settings' }));
    ctx.abort();
  });
});
