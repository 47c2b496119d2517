// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { showsBrokerageAction, stepEventOf } from '@/entrypoints/sidebar/step-actions';

describe('what the worker did in a casework step', () => {
  it('knows Finish, and Save by its text, value or aria-label', () => {
    document.body.innerHTML = `
      <button id="finish">Finish</button>
      <button id="save"><span>Save</span></button>
      <input id="close" type="button" value="Save and close">
      <a id="icon" href="#" aria-label="Save step"><img alt="" src=""></a>
      <button id="later">Save for later</button>
      <button id="off" disabled>Save</button>`;
    const at = (id: string) => document.getElementById(id);
    expect(stepEventOf(at('finish'), null)).toBe('finish');
    expect(stepEventOf(at('save')!.firstElementChild, null)).toBe('save');
    expect(stepEventOf(at('close'), null)).toBe('save');
    expect(stepEventOf(at('icon')!.firstElementChild, null)).toBe('save');
    expect(stepEventOf(at('later'), null)).toBeNull();
    expect(stepEventOf(at('off'), null)).toBeNull();
    expect(stepEventOf(null, null)).toBeNull();
  });

  it('never takes a button of our own for the page’s', () => {
    document.body.innerHTML = '';
    const host = document.createElement('mosaic-companion');
    const save = document.createElement('button');
    save.textContent = 'Save';
    host.append(save);
    document.body.append(host);
    expect(stepEventOf(save, host)).toBeNull();
  });

  it('sees a Brokerage next action in the page’s table, not in ours or in running text', () => {
    document.body.innerHTML = `<p>Brokerage</p><table><tr><td>Review</td></tr></table>`;
    expect(showsBrokerageAction(document, null)).toBe(false);
    const host = document.createElement('mosaic-companion');
    host.innerHTML = '<table><tr><td>Brokerage</td></tr></table>';
    document.body.append(host);
    expect(showsBrokerageAction(document, host)).toBe(false);
    document.body.insertAdjacentHTML('afterbegin', '<table><tr><td> brokerage </td></tr></table>');
    expect(showsBrokerageAction(document, host)).toBe(true);
  });
});
