// @vitest-environment happy-dom
/**
 * The sidebar's checks taken in parts, each in a task of its own (deps.nextTask): the page's
 * reading in parts, then the rules, then the drawing. The pauses are let go one by one here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Checker, DEBOUNCE_MS } from '@/entrypoints/sidebar/checker';
import type { PageReading } from '@/lib/page/reader';

const detected = {
  kind: 'carers-conversation' as const,
  personId: '2204451',
  personName: 'Timothy Guide',
};

const READING: PageReading = {
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
};

function setup(sliceMs?: number) {
  document.body.innerHTML = '<label>No. of adults <input id="n"></label>';
  const host = document.createElement('mosaic-companion');
  document.body.append(host);
  const pauses: Array<() => void> = [];
  const partsRead = vi.fn();
  const read = vi.fn(() => READING);
  const runRules = vi.fn(() => []);
  function* runRulesInParts() {
    yield* []; // no pause of their own
    return runRules();
  }
  const checker = new Checker(document, host, detected, {
    read,
    *readInParts() {
      partsRead('walk');
      yield;
      partsRead('steps');
      yield;
      return READING;
    },
    runRulesInParts,
    today: () => '2026-01-05',
    nextTask: () => new Promise<void>((resolve) => pauses.push(resolve)),
    sliceMs,
  });
  const stateEl = document.createElement('div');
  checker.setStateElement(stateEl);
  const drawn = vi.fn();
  checker.subscribe(drawn);
  /** Lets the oldest pause go, and what follows it run. */
  const pass = async () => {
    pauses.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  const passes = async (n: number) => {
    for (let i = 0; i < n; i++) await pass();
  };
  const input = document.getElementById('n') as HTMLInputElement;
  const type = () => input.dispatchEvent(new Event('change', { bubbles: true }));
  return { checker, pauses, pass, passes, partsRead, read, runRules, stateEl, drawn, type };
}

describe('a check in parts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the page in parts, then runs the rules and builds the view, each in a task of its own; only then is it ready', async () => {
    const { checker, pass, partsRead, read, runRules, stateEl, drawn } = setup();
    checker.start();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(partsRead.mock.calls).toEqual([['walk']]);
    await pass();
    expect(partsRead.mock.calls).toEqual([['walk'], ['steps']]);
    await pass();
    expect(runRules).not.toHaveBeenCalled();
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    await pass();
    expect(runRules).toHaveBeenCalledTimes(1);
    expect(drawn).not.toHaveBeenCalled();
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    await pass();
    expect(drawn).toHaveBeenCalledTimes(1);
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    expect(read).not.toHaveBeenCalled();

    // Later checks are taken in parts too (a reading that keeps the structure is one short part).
    checker.schedule();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(partsRead.mock.calls).toHaveLength(3);
    await pass();
    await pass();
    expect(runRules).toHaveBeenCalledTimes(1);
    await pass();
    expect(runRules).toHaveBeenCalledTimes(2);
    await pass();
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    expect(read).not.toHaveBeenCalled();
    checker.stop();
  });

  it('is dropped when the page changes during a pause, and taken again in parts', async () => {
    const { checker, pass, passes, partsRead, runRules, stateEl, drawn, type } = setup();
    checker.start();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    type();
    await pass();
    // The dropped check reads no further and runs no rules.
    expect(partsRead.mock.calls).toEqual([['walk']]);
    expect(runRules).not.toHaveBeenCalled();
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await passes(3);
    expect(partsRead.mock.calls).toEqual([['walk'], ['walk'], ['steps']]);
    expect(runRules).toHaveBeenCalledTimes(1);
    await pass();
    expect(drawn).toHaveBeenCalledTimes(1);
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    checker.stop();
  });

  it('draws nothing of rules run before a change to the page', async () => {
    const { checker, pass, passes, runRules, stateEl, drawn, type } = setup();
    checker.start();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await passes(3);
    expect(runRules).toHaveBeenCalledTimes(1);
    // the page changes while the view waits to be built: nothing of that check is drawn
    type();
    await pass();
    expect(drawn).not.toHaveBeenCalled();
    expect(stateEl.getAttribute('data-state')).toBe('checking');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await passes(3);
    expect(runRules).toHaveBeenCalledTimes(2);
    expect(drawn).not.toHaveBeenCalled();
    await pass();
    expect(drawn).toHaveBeenCalledTimes(1);
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    checker.stop();
  });

  it('runs its parts on in one task while its slice lasts', async () => {
    const { checker, pauses, partsRead, runRules, stateEl, drawn } = setup(60_000);
    checker.start();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(pauses).toHaveLength(0);
    expect(partsRead.mock.calls).toEqual([['walk'], ['steps']]);
    expect(runRules).toHaveBeenCalledTimes(1);
    expect(drawn).toHaveBeenCalledTimes(1);
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    checker.stop();
  });

  it('is taken at once when flushed (before Finish is let through)', async () => {
    const { checker, pauses, pass, read, runRules, stateEl } = setup();
    checker.start();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(pauses).toHaveLength(1);
    checker.flush();
    expect(read).toHaveBeenCalledTimes(1);
    expect(runRules).toHaveBeenCalledTimes(1);
    expect(checker.getView()).not.toBeNull();
    expect(stateEl.getAttribute('data-state')).toBe('ready');
    // The check in parts it replaced goes no further.
    await pass();
    await pass();
    expect(runRules).toHaveBeenCalledTimes(1);
    checker.stop();
  });
});
