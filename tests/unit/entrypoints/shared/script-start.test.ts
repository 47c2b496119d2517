// @vitest-environment happy-dom
/**
 * Which copy of a content script runs (entrypoints/shared/script-start.ts): WXT's context stops a copy on a
 * start message posted on the window, which the page can post too. Guarded, a copy is stopped by
 * a newer copy of the script only: at once in the same isolated world, or by its start message
 * once the older copy's own extension has gone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardScriptStart, type StartOptions } from '@/entrypoints/shared/script-start';
import { START_MESSAGE, delivered, forge, startMessages } from './start-messages';

const made: ContentScriptContext[] = [];

function guarded(name = 'sidebar', options: Partial<StartOptions> = {}) {
  const ctx = new ContentScriptContext(name);
  made.push(ctx);
  const started = guardScriptStart(ctx, {
    name,
    messageType: START_MESSAGE,
    extensionGone: () => false,
    ...options,
  });
  return { ctx, started };
}

describe('a content script started by WXT', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const ctx of made.splice(0)) ctx.abort();
  });

  it('unguarded, is stopped by a start message the page posts (the finding)', async () => {
    const ctx = new ContentScriptContext('sidebar');
    await delivered();
    expect(ctx.signal.aborted).toBe(false);
    forge();
    await delivered();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('guarded, is not stopped by start messages the page posts, nor by its own copied back', async () => {
    const seen = startMessages();
    const { ctx, started } = guarded('sidebar', { world: {} });
    await started;
    forge();
    forge(undefined as unknown as string);
    // The page replays the start messages it saw, ours and WXT's own.
    for (const m of [...seen]) window.postMessage(m, '*');
    await delivered();
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('guarded, is stopped at once by a newer copy in the same world, which then runs', async () => {
    const world = {};
    const older = guarded('sidebar', { world });
    await older.started;
    const newer = guarded('sidebar', { world });
    expect(older.ctx.signal.aborted).toBe(true);
    await newer.started;
    forge();
    await delivered();
    expect(newer.ctx.signal.aborted).toBe(false);
  });

  it('a newer copy of another script leaves it running', async () => {
    const world = {};
    const sidebar = guarded('sidebar', { world });
    guarded('detector', { world });
    forge('forged', 'detector');
    await delivered();
    await sidebar.started;
    expect(sidebar.ctx.signal.aborted).toBe(false);
  });

  it('once its extension has gone, is stopped by the start message of a copy in another world', async () => {
    let gone = false;
    const older = guarded('sidebar', { world: {}, extensionGone: () => gone });
    await older.started;
    // While its extension is there, a start message from outside its world is the page's.
    forge();
    await delivered();
    expect(older.ctx.signal.aborted).toBe(false);

    // The extension is updated: the new copy runs in a new isolated world.
    gone = true;
    const newer = guarded('sidebar', { world: {} });
    expect(older.ctx.signal.aborted).toBe(false);
    // Resolved once the start message has reached the older copy, which has stopped by then.
    await newer.started;
    expect(older.ctx.signal.aborted).toBe(true);
    expect(newer.ctx.signal.aborted).toBe(false);
  });
});
