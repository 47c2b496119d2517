// @vitest-environment happy-dom
/**
 * The page's Finish and Save, each listened to itself (entrypoints/sidebar/step-buttons.ts): a
 * click elsewhere tells no one, a guard may hold a press back from the page and from the
 * listeners told after it, and buttons drawn again are found again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StepButtons, type StepPress } from '@/entrypoints/sidebar/step-buttons';

describe("the page's Finish and Save", () => {
  let buttons: StepButtons;
  let pressed: ReturnType<typeof vi.fn<(p: StepPress) => void>>;
  let page: ReturnType<typeof vi.fn<(e: Event) => void>>;
  const at = (id: string) => document.getElementById(id) as HTMLElement;

  beforeEach(() => {
    document.body.innerHTML = `
      <button id="finish"><span id="inside">Finish</span></button>
      <input id="save" type="button" value="Save">
      <button id="other">Print</button>
      <textarea id="area"></textarea>`;
    const host = document.createElement('mosaic-companion');
    const ours = document.createElement('button');
    ours.textContent = 'Save';
    host.append(ours);
    document.body.append(host);
    page = vi.fn<(e: Event) => void>();
    document.body.addEventListener('click', page);
    buttons = new StepButtons(document, host);
    pressed = vi.fn<(p: StepPress) => void>();
    buttons.onPressed(pressed);
    buttons.refresh();
  });
  afterEach(() => buttons.stop());

  it('tells of Finish and Save pressed, and of no other click', () => {
    at('inside').click();
    at('save').click();
    at('other').click();
    at('area').click();
    document.body.click();
    expect(pressed.mock.calls.map(([p]) => [p.kind, p.button.id])).toEqual([
      ['finish', 'finish'],
      ['save', 'save'],
    ]);
    expect(page).toHaveBeenCalledTimes(5);
  });

  it('lets a guard hold a press back from the page and from the listeners after it', () => {
    const guard = vi.fn(({ event, kind }: StepPress) => {
      if (kind !== 'finish') return false;
      event.preventDefault();
      event.stopImmediatePropagation();
      return true;
    });
    const remove = buttons.guard(guard);
    at('finish').click();
    expect(guard).toHaveBeenCalledTimes(1);
    expect(pressed).not.toHaveBeenCalled();
    expect(page).not.toHaveBeenCalled();
    at('save').click();
    expect(pressed).toHaveBeenCalledTimes(1);
    remove();
    at('finish').click();
    expect(guard).toHaveBeenCalledTimes(2);
    expect(pressed).toHaveBeenCalledTimes(2);
  });

  it('finds buttons drawn again, lets go of those taken away, and stops', () => {
    at('finish').remove();
    const again = document.createElement('button');
    again.textContent = 'Finish';
    document.body.prepend(again);
    again.click();
    expect(pressed).not.toHaveBeenCalled();
    buttons.refresh();
    again.click();
    expect(pressed).toHaveBeenCalledTimes(1);
    // renamed since it was found: no longer a step button
    at('save').setAttribute('value', 'Save for later');
    at('save').click();
    expect(pressed).toHaveBeenCalledTimes(1);
    buttons.stop();
    again.click();
    expect(pressed).toHaveBeenCalledTimes(1);
  });
});
