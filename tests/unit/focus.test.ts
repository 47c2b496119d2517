// @vitest-environment happy-dom
/** Going to a control with its question in view, as GOV.UK's error summary does (lib/focus.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusControlById, focusWithQuestion, questionOf } from '@/lib/focus';

afterEach(() => {
  document.body.innerHTML = '';
});

function html(markup: string): void {
  document.body.innerHTML = markup;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** Records scrollIntoView and focus calls on these elements, in order. */
function record(...els: HTMLElement[]): string[] {
  const calls: string[] = [];
  for (const el of els) {
    vi.spyOn(el, 'scrollIntoView').mockImplementation((arg?: boolean | ScrollIntoViewOptions) => {
      calls.push(`scroll ${el.id} ${JSON.stringify(arg)}`);
    });
    const focus = el.focus.bind(el);
    vi.spyOn(el, 'focus').mockImplementation((options?: FocusOptions) => {
      calls.push(`focus ${el.id} ${JSON.stringify(options)}`);
      focus(options);
    });
  }
  return calls;
}

function placeAt(el: HTMLElement, top: number, height: number): void {
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, top, 100, height) as ReturnType<HTMLElement['getBoundingClientRect']>,
  );
}

describe('focusWithQuestion', () => {
  it('scrolls the question to the top first, then focuses the control without scrolling', () => {
    html('<label id="q" for="c">Name</label><input id="c">');
    const calls = record(byId('q'), byId('c'));
    focusWithQuestion(byId('c'), byId('q'));
    expect(calls).toEqual([
      'scroll q {"block":"start","inline":"nearest"}',
      'focus c {"preventScroll":true}',
    ]);
    expect(document.activeElement).toBe(byId('c'));
  });

  it('runs afterScroll between the scroll and the focus', () => {
    html('<label id="q" for="c">Name</label><input id="c">');
    const calls = record(byId('q'), byId('c'));
    focusWithQuestion(byId('c'), byId('q'), {
      afterScroll: (q) => calls.push(`after ${q.id}`),
    });
    expect(calls.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([
      'scroll q',
      'after q',
      'focus c',
    ]);
  });

  it('brings the control into view too when a long question pushes it out', () => {
    html('<label id="q" for="c">A very long question</label><input id="c">');
    placeAt(byId('c'), window.innerHeight + 50, 30);
    const calls = record(byId('q'), byId('c'));
    focusWithQuestion(byId('c'), byId('q'));
    expect(calls).toEqual([
      'scroll q {"block":"start","inline":"nearest"}',
      'focus c {"preventScroll":true}',
      'scroll c {"block":"nearest","inline":"nearest"}',
    ]);
  });

  it('without a question, centres the control and focuses it without scrolling again', () => {
    html('<input id="c">');
    const calls = record(byId('c'));
    focusWithQuestion(byId('c'), null);
    expect(calls).toEqual([
      'scroll c {"block":"center","inline":"nearest"}',
      'focus c {"preventScroll":true}',
    ]);
  });
});

describe('questionOf', () => {
  it("is a control's label, by `for` or by wrapping it", () => {
    html('<label id="l1" for="a">A</label><input id="a"><label id="l2">B <input id="b"></label>');
    expect(questionOf(byId('a'))).toBe(byId('l1'));
    expect(questionOf(byId('b'))).toBe(byId('l2'));
  });

  it("is the fieldset's legend for a radio or a checkbox", () => {
    html(`<fieldset><legend id="g">Dock</legend>
      <input type="radio" id="r" name="d"><label for="r">Left</label>
      <input type="checkbox" id="x"><label for="x">Outline</label></fieldset>`);
    expect(questionOf(byId('r'))).toBe(byId('g'));
    expect(questionOf(byId('x'))).toBe(byId('g'));
  });

  it('is the legend for another control only while the control stays in the top half below it', () => {
    html(`<fieldset><legend id="g">Dates</legend>
      <label id="l" for="d">Review date</label><input type="date" id="d"></fieldset>`);
    placeAt(byId('g'), 0, 20);
    placeAt(byId('d'), 40, 30);
    expect(questionOf(byId('d'))).toBe(byId('g'));
    placeAt(byId('d'), window.innerHeight, 30);
    expect(questionOf(byId('d'))).toBe(byId('l'));
  });

  it('is null for a control with neither', () => {
    html('<input id="c">');
    expect(questionOf(byId('c'))).toBeNull();
  });
});

describe('focusControlById', () => {
  it('goes to the control with its label in view', () => {
    html('<label id="q" for="c">Name</label><input id="c">');
    const calls = record(byId('q'), byId('c'));
    expect(focusControlById(document, 'c')).toBe(true);
    expect(calls).toEqual([
      'scroll q {"block":"start","inline":"nearest"}',
      'focus c {"preventScroll":true}',
    ]);
    expect(document.activeElement).toBe(byId('c'));
  });

  it('is false, changing nothing, when there is no such control', () => {
    html('<input id="c">');
    expect(focusControlById(document, 'missing')).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });
});
