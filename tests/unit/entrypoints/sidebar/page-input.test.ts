// @vitest-environment happy-dom
/**
 * The worker's input as the checker takes it (entrypoints/sidebar/page-input.ts): a change event
 * asks for a re-check, a click or a key asks for nothing, and the text field with the focus is
 * looked at in idle moments (`look`, called here by hand): its text changed, or elements added to
 * the page meanwhile, ask for a re-check, and a look that finds it as it was says so.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOOK_EVERY_MS, PageInput } from '@/entrypoints/sidebar/page-input';

function setup() {
  document.body.innerHTML =
    '<textarea id="area"></textarea><input id="box"><select id="pick"><option>A</option></select>' +
    '<input type="checkbox" id="tick">';
  const host = document.createElement('mosaic-companion');
  host.tabIndex = 0;
  document.body.append(host);
  const changed = vi.fn();
  const typing = vi.fn();
  const settled = vi.fn();
  const input = new PageInput(document, host, changed, typing, settled);
  const el = (id: string) => document.getElementById(id) as HTMLTextAreaElement;
  const type = (field: HTMLTextAreaElement | HTMLInputElement, key: string) => {
    field.value += key;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { input, changed, typing, settled, host, el, type };
}

describe("the worker's input", () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
    s.input.start();
  });
  afterEach(() => s.input.stop());

  it('asks for a re-check on a change, and for nothing on a key or a click', () => {
    s.el('area').focus();
    s.type(s.el('area'), 'a');
    s.el('pick').click();
    document.body.click();
    expect(s.changed).not.toHaveBeenCalled();
    s.el('pick').dispatchEvent(new Event('change', { bubbles: true }));
    expect(s.changed).toHaveBeenCalledTimes(1);
  });

  it('says when a text field takes the focus and when it loses it', () => {
    s.el('area').focus();
    s.input.look();
    expect(s.typing.mock.calls).toEqual([[true]]);
    expect(s.input.typing).toBe(true);
    s.input.look();
    expect(s.typing).toHaveBeenCalledTimes(1);
    // from one text field to another, then to a tick box
    s.el('box').focus();
    s.input.look();
    expect(s.typing.mock.calls).toEqual([[true], [false], [true]]);
    s.el('tick').focus();
    s.input.look();
    expect(s.typing.mock.calls).toEqual([[true], [false], [true], [false]]);
    expect(s.input.typing).toBe(false);
    // stopped while a field has the focus: typing stops too
    s.el('area').focus();
    s.input.look();
    s.input.stop();
    expect(s.typing.mock.calls.at(-1)).toEqual([false]);
    expect(s.input.typing).toBe(false);
  });

  it('asks for a re-check when a look finds the text changed, and says when it finds it as it was', () => {
    const area = s.el('area');
    area.focus();
    s.input.look();
    expect(s.settled).not.toHaveBeenCalled();
    for (const key of 'Caring') s.type(area, key);
    expect(s.changed).not.toHaveBeenCalled();
    s.input.look();
    expect(s.changed).toHaveBeenCalledTimes(1);
    expect(s.settled).not.toHaveBeenCalled();
    // the typing has paused: the text as it was at the last look
    s.input.look();
    expect(s.changed).toHaveBeenCalledTimes(1);
    expect(s.settled).toHaveBeenCalledTimes(1);
    s.type(area, '!');
    s.input.look();
    expect(s.changed).toHaveBeenCalledTimes(2);
    expect(s.settled).toHaveBeenCalledTimes(1);
  });

  it('asks for a re-check when a field is left with new text, or the page changes meanwhile', () => {
    const area = s.el('area');
    area.focus();
    s.input.look();
    document.body.append(document.createElement('p'));
    s.input.look();
    expect(s.changed).toHaveBeenCalledTimes(1);
    s.type(area, 'a');
    area.blur();
    s.input.look();
    expect(s.changed).toHaveBeenCalledTimes(2);
    expect(s.typing.mock.calls).toEqual([[true], [false]]);
  });

  it('takes a box ticked as a change, not as typing', () => {
    const tick = s.el('tick') as unknown as HTMLInputElement;
    tick.focus();
    s.input.look();
    tick.checked = true;
    tick.dispatchEvent(new Event('change', { bubbles: true }));
    expect(s.changed).toHaveBeenCalledTimes(1);
    expect(s.typing).not.toHaveBeenCalled();
  });

  it('takes a field removed from the page as typing stopped', () => {
    const area = s.el('area');
    area.focus();
    s.input.look();
    s.type(area, 'a');
    area.remove();
    s.input.look();
    expect(s.typing.mock.calls).toEqual([[true], [false]]);
    expect(s.changed).toHaveBeenCalledTimes(1);
    expect(s.settled).not.toHaveBeenCalled();
  });

  it('while a text field has the focus, looks again only LOOK_EVERY_MS after a look', () => {
    s.input.stop();
    vi.useFakeTimers();
    try {
      s.el('area').focus();
      s.input.start();
      // looks at the next idle moment (at most 50 ms with fake timers)
      vi.advanceTimersByTime(60);
      expect(s.input.typing).toBe(true);
      s.el('tick').focus();
      vi.advanceTimersByTime(LOOK_EVERY_MS - 70);
      expect(s.input.typing).toBe(true);
      vi.advanceTimersByTime(200);
      expect(s.input.typing).toBe(false);
      // with no text field focused, the next look comes at the next idle moment
      s.el('box').focus();
      vi.advanceTimersByTime(60);
      expect(s.input.typing).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores its own element, and hears nothing once stopped', () => {
    s.host.dispatchEvent(new Event('change', { bubbles: true }));
    s.host.focus();
    s.input.look();
    expect(s.changed).not.toHaveBeenCalled();
    expect(s.typing).not.toHaveBeenCalled();
    s.input.stop();
    s.el('box').dispatchEvent(new Event('change', { bubbles: true }));
    expect(s.changed).not.toHaveBeenCalled();
    expect(s.input.typing).toBe(false);
  });
});
