// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { controlKeyOf, findTabControl, radioToFocus, targetOf } from '@/entrypoints/sidebar/jump';
import { emptyField, type PageSnapshot } from '@/lib/page/snapshot';
import type { PageReading } from '@/lib/page/reader';

describe('going to a question', () => {
  it('picks the checked radio of a group, else the first', () => {
    document.body.innerHTML = `
      <form><input type="radio" name="a" value="Yes"><input type="radio" name="a" value="No" checked>
      <input type="radio" name="b" value="Yes"><input type="radio" name="b" value="No"></form>`;
    const [a1, a2, b1, b2] = Array.from(document.querySelectorAll('input'));
    expect(radioToFocus(a1)).toBe(a2);
    expect(radioToFocus(b2)).toBe(b1);
  });

  it("uses the finding's own control, else its field's, and the question's label", () => {
    document.body.innerHTML = '<label id="q">Question</label><input id="f"><input id="row">';
    const snapshot: PageSnapshot = {
      kind: 'carers-conversation',
      person: { id: '1', name: 'A' },
      worker: null,
      tabs: [],
      fields: { supportPlan: emptyField('supportPlan', { found: true, control: 'field' }) },
      notFound: [],
    };
    const reading: PageReading = {
      snapshot,
      controls: new Map([
        ['field', document.getElementById('f')!],
        ['row-2', document.getElementById('row')!],
      ]),
      questions: new Map([['field', document.getElementById('q')!]]),
    };
    expect(controlKeyOf({ field: 'supportPlan', control: 'row-2' }, reading)).toBe('row-2');
    expect(controlKeyOf({ field: 'supportPlan', control: 'gone' }, reading)).toBe('field');
    const t = targetOf({ field: 'supportPlan', control: 'row-2' }, reading);
    expect(t.control?.id).toBe('row');
    expect(t.question?.id).toBe('q');
  });

  it("finds the page's tab by its visible name, never inside our own element", () => {
    document.body.innerHTML = `
      <ul><li role="tab">Privacy Notice</li><li><a href="#">Person Details form</a></li></ul>
      <mosaic-companion><button>Privacy Notice</button></mosaic-companion>`;
    const host = document.querySelector('mosaic-companion');
    expect(findTabControl(document, 'privacy notice', host)?.getAttribute('role')).toBe('tab');
    expect(findTabControl(document, 'Person Details form', host)?.tagName).toBe('A');
    expect(findTabControl(document, 'Next actions form', host)).toBeNull();
  });
});
