// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Checker, DEBOUNCE_MS, type CheckerDeps } from '@/entrypoints/sidebar/checker';
import { LOOK_EVERY_MS } from '@/entrypoints/sidebar/page-input';
import type { PageReading } from '@/lib/page/reader';
import type { Finding } from '@/lib/rules/types';

const detected = {
  kind: 'carers-conversation' as const,
  personId: '2204451',
  personName: 'Timothy Guide',
};

function setup(findingsFor: () => Finding[]) {
  document.body.innerHTML = '<label>No. of adults <input id="n"></label>';
  const host = document.createElement('mosaic-companion');
  document.body.append(host);
  const read = vi.fn((): PageReading => ({
    snapshot: {
      kind: 'carers-conversation',
      person: { id: '2204451', name: 'Timothy Guide' },
      worker: null,
      tabs: [],
      fields: {},
      notFound: [],
    },
    controls: new Map(),
    questions: new Map(),
  }));
  const runRules = vi.fn(findingsFor);
  // The rules as one part: the parts themselves are checker-in-parts.test.ts's.
  const runRulesInParts = function* (...args: Parameters<CheckerDeps['runRulesInParts']>) {
    yield* []; // no pause of their own
    return (runRules as (...a: typeof args) => Finding[])(...args);
  };
  const deps: Partial<CheckerDeps> = { read, runRulesInParts, today: () => '2026-01-05' };
  const checker = new Checker(document, host, detected, deps);
  const stateEl = document.createElement('div');
  checker.setStateElement(stateEl);
  return {
    checker,
    host,
    read,
    runRules,
    runRulesInParts,
    stateEl,
    input: document.getElementById('n') as HTMLInputElement,
  };
}

describe('the live check', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once after typing stops, and says "checking" until then', () => {
    const { checker, read, stateEl, input } = setup(() => []);
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(1);
    expect(stateEl.getAttribute('data-state')).toBe('ready');

    // typed into, the field looked at LOOK_EVERY_MS apart, in idle moments (page-input.ts)
    input.focus();
    for (let i = 0; i < 20; i++) {
      input.value += 'a';
      vi.advanceTimersByTime(50);
    }
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    expect(read).toHaveBeenCalledTimes(1);
    // not before a look has found the text as it was, and within two looks of the last key
    vi.advanceTimersByTime(LOOK_EVERY_MS - 50 - 1);
    expect(read).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LOOK_EVERY_MS + 2 * DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(2);
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    checker.stop();
  });

  it('while a text field has the focus, a check waits for the typing to pause, or for the field to be left', () => {
    const { checker, read, input } = setup(() => []);
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(1);
    input.focus();
    vi.advanceTimersByTime(LOOK_EVERY_MS);
    // asked for while the worker may be typing: no timer, the looks decide
    checker.setSettings(checker.getSettings());
    expect(checker.pending).toBe(true);
    for (let i = 0; i < 10; i++) {
      input.value += 'a';
      vi.advanceTimersByTime(100);
    }
    expect(read).toHaveBeenCalledTimes(1);
    // the typing pauses: a look finds the text as it was
    vi.advanceTimersByTime(2 * LOOK_EVERY_MS + 100);
    expect(read).toHaveBeenCalledTimes(2);
    expect(checker.pending).toBe(false);
    // asked for again, then the field is left with nothing typed: the check runs after the debounce
    checker.setSettings(checker.getSettings());
    input.blur();
    vi.advanceTimersByTime(LOOK_EVERY_MS + 50 + DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(3);
    expect(checker.pending).toBe(false);
    checker.stop();
  });

  it('ignores events from its own element', () => {
    const { checker, host, read } = setup(() => []);
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    host.dispatchEvent(new Event('change', { bubbles: true }));
    vi.advanceTimersByTime(DEBOUNCE_MS * 2);
    expect(read).toHaveBeenCalledTimes(1);
    checker.stop();
  });

  it('tells React only when what is shown changes', () => {
    let findings: Finding[] = [
      {
        ruleId: 's1.adults-cared-for-missing',
        severity: 'error',
        field: 'adultsCaredFor',
        message: 'Enter it',
      },
    ];
    const { checker, input } = setup(() => findings);
    const listener = vi.fn();
    checker.subscribe(listener);
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(checker.getView()?.errors).toBe(1);

    input.dispatchEvent(new Event('change', { bubbles: true }));
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(listener).toHaveBeenCalledTimes(1);

    findings = [];
    input.dispatchEvent(new Event('change', { bubbles: true }));
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(checker.getView()?.errors).toBe(0);
    checker.stop();
  });

  it('checks now when asked to flush a pending check', () => {
    const { checker, read, input } = setup(() => []);
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    checker.flush();
    expect(read).toHaveBeenCalledTimes(2);
    expect(checker.pending).toBe(false);
    checker.stop();
  });

  it('says so when the page cannot be read, instead of passing it', () => {
    const { checker, read } = setup(() => []);
    read.mockImplementation(() => {
      throw new Error('unreadable');
    });
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(checker.getView()?.problem).toBe('unreadable');
    checker.stop();
  });

  it('passes the settings, today and waiting reviews to the rules', () => {
    const { checker, runRules } = setup(() => []);
    checker.setWaitingReviews(['2204451']);
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const ctx = (
      runRules.mock.calls.at(-1) as unknown as [
        unknown,
        { today: string; waitingReviews: string[] },
      ]
    )[1];
    expect(ctx.today).toBe('2026-01-05');
    expect(ctx.waitingReviews).toEqual(['2204451']);
    checker.stop();
  });
});

describe('page changes', () => {
  it('re-checks when the page adds a row, not when our own element changes', async () => {
    const { checker, host, read } = setup(() => []);
    checker.start();
    checker.flush();
    expect(read).toHaveBeenCalledTimes(1);
    host.append(document.createElement('span'));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(checker.pending).toBe(false);
    document.body.insertBefore(document.createElement('tr'), host);
    await new Promise((r) => setTimeout(r, 0));
    expect(checker.pending).toBe(true);
    checker.stop();
  });

  it("asks whether the page's own dialog is open only after the page changed", () => {
    const { checker, input } = setup(() => []);
    const query = vi.spyOn(document, 'querySelectorAll');
    const asked = () => query.mock.calls.filter(([q]) => String(q).includes('dialog')).length;
    checker.start();
    expect(checker.run()?.pageDialogOpen).toBe(false);
    expect(asked()).toBe(1);

    input.value = '2';
    checker.run();
    expect(asked()).toBe(1);

    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
    document.body.prepend(dialog);
    expect(checker.run()?.pageDialogOpen).toBe(true);
    expect(asked()).toBe(2);
    dialog.remove();
    expect(checker.run()?.pageDialogOpen).toBe(false);
    checker.stop();
    query.mockRestore();
  });

  it("says when to find the page's buttons again: after the first check and after a change", () => {
    const base = setup(() => []);
    const checkedAfterChange = vi.fn();
    const checker = new Checker(document, base.host, detected, {
      read: base.read,
      runRulesInParts: base.runRulesInParts,
      today: () => '2026-01-05',
      checkedAfterChange,
    });
    checker.start();
    checker.run();
    expect(checkedAfterChange).toHaveBeenCalledTimes(1);
    // an answer typed changes no element of the page's
    base.input.value = '2';
    checker.run();
    expect(checkedAfterChange).toHaveBeenCalledTimes(1);
    // the page draws its toolbar again
    document.body.prepend(document.createElement('button'));
    checker.run();
    expect(checkedAfterChange).toHaveBeenCalledTimes(2);
    checker.run();
    expect(checkedAfterChange).toHaveBeenCalledTimes(2);
    checker.stop();
  });
});

describe('the first findings, drawn after the next frame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function withFrames() {
    const frames: Array<() => void> = [];
    const base = setup(() => []);
    const checker = new Checker(document, base.host, detected, {
      read: base.read,
      runRulesInParts: base.runRulesInParts,
      today: () => '2026-01-05',
      afterNextFrame: (draw) => frames.push(draw),
    });
    const stateEl = document.createElement('div');
    checker.setStateElement(stateEl);
    const drawn = vi.fn();
    checker.subscribe(drawn);
    return { checker, frames, stateEl, drawn, input: base.input };
  }

  it('reads in one task and draws in another; only then is it ready', () => {
    const { checker, frames, stateEl, drawn, input } = withFrames();
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(checker.getView()).not.toBeNull();
    expect(checker.getShown()).toBeNull();
    expect(drawn).not.toHaveBeenCalled();
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    frames[0]();
    expect(drawn).toHaveBeenCalledTimes(1);
    expect(checker.getShown()).toBe(checker.getView());
    expect(stateEl.getAttribute('data-state')).toBe('ready');

    // Later checks draw at once.
    input.value = '2';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(frames).toHaveLength(1);
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    checker.stop();
  });

  it('does not say ready when the page changed before the first drawing', () => {
    const { checker, frames, stateEl, drawn, input } = withFrames();
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    frames[0]();
    expect(drawn).not.toHaveBeenCalled();
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    // The re-check finds the same findings, not drawn yet: drawn after the next frame, then ready.
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    frames[1]();
    expect(drawn).toHaveBeenCalledTimes(1);
    expect(checker.getShown()).toBe(checker.getView());
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    checker.stop();
  });

  it('told when React has drawn a view, is ready only then, and only for the view drawn', () => {
    const base = setup(() => []);
    const checker = new Checker(document, base.host, detected, {
      read: base.read,
      runRulesInParts: base.runRulesInParts,
      today: () => '2026-01-05',
      toldWhenDrawn: true,
    });
    const stateEl = document.createElement('div');
    checker.setStateElement(stateEl);
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const first = checker.getShown();
    expect(first).not.toBeNull();
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    checker.drawnByReact(first!);
    expect(stateEl.getAttribute('data-state')).toBe('ready');

    // A re-check with other findings: a view drawn before it does not make it ready.
    base.runRules.mockImplementation(() => [
      { ruleId: 's1.adults-cared-for-missing', severity: 'error', field: null, message: 'x' },
    ]);
    checker.schedule();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const second = checker.getShown();
    expect(second).not.toBe(first);
    checker.drawnByReact(first!);
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    checker.drawnByReact(second!);
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    checker.stop();
  });

  it('never runs the rules on a page that has become another: it stops and says what it is', () => {
    const { read, runRules, runRulesInParts, host } = setup(() => []);
    const pageChanged = vi.fn();
    const checker = new Checker(document, host, detected, { read, runRulesInParts, pageChanged });
    document.title = 'Carers Conversation : Timothy Guide (2204451)';
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(1);
    expect(pageChanged).not.toHaveBeenCalled();

    document.title = 'Carers Review : Timothy Guide (2204451)';
    document.body.append(document.createElement('p'));
    checker.schedule();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(1);
    expect(runRules).toHaveBeenCalledTimes(1);
    expect(pageChanged).toHaveBeenCalledWith({ ...detected, kind: 'carers-review' });
    // stopped: nothing more is read
    document.body.append(document.createElement('p'));
    vi.advanceTimersByTime(DEBOUNCE_MS * 2);
    expect(read).toHaveBeenCalledTimes(1);
    document.title = '';
  });

  it('stops at once when part of the page is taken away and the page has become another', async () => {
    const { read, host } = setup(() => []);
    const pageChanged = vi.fn();
    const checker = new Checker(document, host, detected, { read, pageChanged });
    document.title = 'Carers Conversation : Timothy Guide (2204451)';
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    // a row removed on the same page: no change of page
    const row = document.createElement('div');
    document.body.append(row);
    await Promise.resolve();
    row.remove();
    await vi.waitFor(() => expect(checker.pending).toBe(true));
    expect(pageChanged).not.toHaveBeenCalled();

    // the application swaps the step for another: told in the observer's callback, before any re-check
    document.title = 'Mosaic';
    document.getElementById('n')?.parentElement?.remove();
    await vi.waitFor(() => expect(pageChanged).toHaveBeenCalledWith(null));
    expect(checker.pending).toBe(false);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
