// @vitest-environment happy-dom
/**
 * The worker's input as the checker takes it (entrypoints/sidebar/page-input.ts): every input,
 * change and click asks for a re-check, except a click into a text field, and a text field being
 * typed into is listened to for its first key only and then looked at when the check falls due.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageInput } from '@/entrypoints/sidebar/page-input';

function setup() {
  document.body.innerHTML =
    '<textarea id="area"></textarea><input id="box"><select id="pick"><option>A</option></select>' +
    '<input type="checkbox" id="tick">';
  const host = document.createElement('mosaic-companion');
  document.body.append(host);
  const changed = vi.fn();
  const typing = vi.fn();
  const input = new PageInput(document, host, changed, typing);
  const el = (id: string) => document.getElementById(id) as HTMLTextAreaElement;
  const type = (field: HTMLTextAreaElement | HTMLInputElement, key: string) => {
    field.value += key;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { input, changed, typing, host, el, type };
}

describe("the worker's input", () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
    s.input.start();
  });
  afterEach(() => s.input.stop());

  it('listens to the first key typed into a field, then looks at the field instead', () => {
    const area = s.el('area');
    for (const key of 'Caring') s.type(area, key);
    expect(s.changed).toHaveBeenCalledTimes(1);
    // the field changed since the first key: the worker types on
    expect(s.input.typingGoesOn()).toBe(true);
    // and not since it was last looked at: typing has stopped, every input is listened to again
    expect(s.input.typingGoesOn()).toBe(false);
    s.type(area, '!');
    expect(s.changed).toHaveBeenCalledTimes(2);
  });

  it('says when typing starts and when it stops', () => {
    const area = s.el('area');
    s.type(area, 'a');
    s.type(area, 'b');
    expect(s.typing.mock.calls).toEqual([[true]]);
    expect(s.input.typing).toBe(true);
    expect(s.input.typingGoesOn()).toBe(true);
    expect(s.input.typingGoesOn()).toBe(false);
    expect(s.typing.mock.calls).toEqual([[true], [false]]);
    expect(s.input.typing).toBe(false);
    // asked to listen again, or stopped, while typing goes on: typing stops too
    s.type(area, 'c');
    s.input.listenAgain();
    s.type(area, 'd');
    s.input.stop();
    expect(s.typing.mock.calls).toEqual([[true], [false], [true], [false], [true], [false]]);
    // and nothing more once stopped
    s.input.listenAgain();
    expect(s.typing).toHaveBeenCalledTimes(6);
  });

  it('listens to every input again when asked (before a check)', () => {
    s.type(s.el('box'), 'a');
    s.type(s.el('box'), 'b');
    expect(s.changed).toHaveBeenCalledTimes(1);
    s.input.listenAgain();
    s.type(s.el('box'), 'c');
    expect(s.changed).toHaveBeenCalledTimes(2);
  });

  it('still hears changes and clicks while a field is being typed into', () => {
    s.type(s.el('area'), 'a');
    s.el('pick').dispatchEvent(new Event('change', { bubbles: true }));
    document.body.click();
    expect(s.changed).toHaveBeenCalledTimes(3);
  });

  it('asks for no re-check on a click into a text field, and for one on any other click', () => {
    s.el('area').click();
    s.el('box').click();
    expect(s.changed).not.toHaveBeenCalled();
    s.el('pick').click();
    expect(s.changed).toHaveBeenCalledTimes(1);
  });

  it('takes a box ticked as a change, not as typing', () => {
    const tick = s.el('tick') as unknown as HTMLInputElement;
    tick.checked = true;
    tick.dispatchEvent(new Event('input', { bubbles: true }));
    tick.checked = false;
    tick.dispatchEvent(new Event('input', { bubbles: true }));
    expect(s.changed).toHaveBeenCalledTimes(2);
    expect(s.typing).not.toHaveBeenCalled();
  });

  it('takes a field removed from the page as typing stopped', () => {
    const area = s.el('area');
    s.type(area, 'a');
    area.remove();
    expect(s.input.typingGoesOn()).toBe(false);
  });

  it('ignores its own element, and hears nothing once stopped', () => {
    s.host.dispatchEvent(new Event('input', { bubbles: true }));
    expect(s.changed).not.toHaveBeenCalled();
    s.input.stop();
    s.type(s.el('box'), 'a');
    expect(s.changed).not.toHaveBeenCalled();
    expect(s.input.typingGoesOn()).toBe(false);
  });
});
