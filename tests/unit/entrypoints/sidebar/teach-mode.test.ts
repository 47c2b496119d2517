// @vitest-environment happy-dom
/** entrypoints/sidebar/teach-mode.ts: what teach mode takes from the page, and what it leaves. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Overlay } from '@/entrypoints/sidebar/overlay';
import { TeachMode } from '@/entrypoints/sidebar/teach-mode';

function setUp() {
  document.body.innerHTML = `
    <p id="q1">First question</p><input id="a1">
    <p id="q2">Second question</p><input id="a2">
    <button id="save">Save</button>
    <mosaic-companion id="host"></mosaic-companion>`;
  const host = document.getElementById('host')!;
  const inside = host.attachShadow({ mode: 'open' });
  inside.innerHTML = '<button id="cancel">Cancel</button>';
  const pointed: Array<Element | null> = [];
  const overlay = { point: (el: Element | null) => pointed.push(el) } as unknown as Overlay;
  const on = {
    candidates: vi.fn(() =>
      ['q1', 'q2'].map((id) => ({ el: document.getElementById(id)!, text: id })),
    ),
    onPick: vi.fn(),
    onCancel: vi.fn(),
    onMove: vi.fn(),
  };
  const mode = new TeachMode(window, host, overlay, on);
  return { mode, on, host, inside, pointed };
}

const key = (k: string, shiftKey = false) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, cancelable: true }));

let stop: (() => void) | null = null;
afterEach(() => stop?.());

describe('teach mode', () => {
  it('takes the next click on the page: the page never sees it, and it is the pick', () => {
    const { mode, on } = setUp();
    stop = () => mode.stop();
    const pressed = vi.fn();
    document.addEventListener('click', pressed);
    mode.start();
    const save = document.getElementById('save')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    save.dispatchEvent(click);
    expect(pressed).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(true);
    expect(on.onPick).toHaveBeenCalledWith(save);
    for (const type of ['pointerdown', 'mousedown', 'mouseup']) {
      const e = new MouseEvent(type, { bubbles: true, cancelable: true });
      document.getElementById('q1')!.dispatchEvent(e);
      expect(e.defaultPrevented, type).toBe(true);
    }
    document.removeEventListener('click', pressed);
  });

  it('leaves clicks inside the sidebar alone, and the page alone once stopped', () => {
    const { mode, on, inside } = setUp();
    mode.start();
    const cancel = inside.getElementById('cancel')!;
    const inner = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    cancel.dispatchEvent(inner);
    expect(inner.defaultPrevented).toBe(false);
    expect(on.onPick).not.toHaveBeenCalled();
    mode.stop();
    const later = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('save')!.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
    expect(on.onPick).not.toHaveBeenCalled();
  });

  it('goes through the candidates with Tab and Shift+Tab, outlining each; Enter picks it', () => {
    const { mode, on, pointed } = setUp();
    stop = () => mode.stop();
    mode.start();
    expect(key('Tab')).toBe(false);
    expect(on.onMove).toHaveBeenLastCalledWith(0, 2, 'q1');
    key('Tab');
    expect(on.onMove).toHaveBeenLastCalledWith(1, 2, 'q2');
    key('Tab');
    expect(on.onMove).toHaveBeenLastCalledWith(0, 2, 'q1');
    key('Tab', true);
    expect(on.onMove).toHaveBeenLastCalledWith(1, 2, 'q2');
    expect(pointed.at(-1)).toBe(document.getElementById('q2'));
    expect(on.candidates).toHaveBeenCalledTimes(1);
    expect(key('Enter')).toBe(false);
    expect(on.onPick).toHaveBeenCalledWith(document.getElementById('q2'));
  });

  it('Esc cancels; stopping removes the outline', () => {
    const { mode, on, pointed } = setUp();
    mode.start();
    key('Tab');
    expect(key('Escape')).toBe(false);
    expect(on.onCancel).toHaveBeenCalledTimes(1);
    expect(on.onPick).not.toHaveBeenCalled();
    mode.stop();
    expect(pointed.at(-1)).toBeNull();
  });
});
