// @vitest-environment happy-dom
/**
 * The sidebar drawn in frames (entrypoints/sidebar/shadow-ui.ts): hidden at once, drawn after the
 * frame that shows its element (in parts, a frame apart), shown after the frame that follows the
 * drawing; nothing once it is no longer wanted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawInFrames } from '@/entrypoints/sidebar/shadow-ui';

/** Frames run by hand: each requestAnimationFrame callback waits for `frame()`. */
function handFrames() {
  const waiting: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => waiting.push(cb));
  return async () => {
    const now = waiting.splice(0);
    for (const cb of now) cb(performance.now());
    // the task after the frame
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
}

describe('the sidebar drawn in frames', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hides its container at once, draws after a frame, shows it after the next', async () => {
    const frame = handFrames();
    const container = document.createElement('div');
    document.body.append(container);
    const draw = vi.fn(() => expect(container.hidden).toBe(true));
    const shown = vi.fn();
    drawInFrames(container, () => false, [draw], shown);
    expect(container.hidden).toBe(true);
    expect(draw).not.toHaveBeenCalled();
    await frame();
    expect(draw).toHaveBeenCalledTimes(1);
    expect(shown).not.toHaveBeenCalled();
    await frame();
    expect(container.hidden).toBe(false);
    expect(shown).toHaveBeenCalledTimes(1);
    container.remove();
  });

  it('draws in parts, each after the frame of the one before, then shows it', async () => {
    const frame = handFrames();
    const container = document.createElement('div');
    document.body.append(container);
    const first = vi.fn();
    const second = vi.fn(() => expect(first).toHaveBeenCalledTimes(1));
    const shown = vi.fn();
    drawInFrames(container, () => false, [first, second], shown);
    await frame();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    await frame();
    expect(second).toHaveBeenCalledTimes(1);
    expect(container.hidden).toBe(true);
    await frame();
    expect(container.hidden).toBe(false);
    expect(shown).toHaveBeenCalledTimes(1);
    container.remove();
  });

  it('draws nothing once it is no longer wanted, or no longer in the page', async () => {
    const frame = handFrames();
    const container = document.createElement('div');
    document.body.append(container);
    let stale = false;
    const draw = vi.fn();
    const shown = vi.fn();
    drawInFrames(container, () => stale, [draw], shown);
    stale = true;
    await frame();
    expect(draw).not.toHaveBeenCalled();

    stale = false;
    drawInFrames(container, () => stale, [draw], shown);
    await frame();
    expect(draw).toHaveBeenCalledTimes(1);
    container.remove();
    await frame();
    expect(shown).not.toHaveBeenCalled();
  });
});
