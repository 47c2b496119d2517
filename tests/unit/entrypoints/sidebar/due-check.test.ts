/**
 * When the checker's next check runs (entrypoints/sidebar/due-check.ts): after the debounce, by a
 * timer; while a text field has the focus, at the first look that finds it as it was, and by the
 * timer again once the field is left.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DueCheck } from '@/entrypoints/sidebar/due-check';

describe('the due check', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const state = { typing: false };
    const run = vi.fn();
    const due = new DueCheck(() => state.typing, run);
    return { state, run, due };
  }

  it('runs once after the debounce from the latest ask', () => {
    const { run, due } = setup();
    due.after(150);
    vi.advanceTimersByTime(100);
    due.after(150);
    vi.advanceTimersByTime(149);
    expect(run).not.toHaveBeenCalled();
    expect(due.waiting).toBe(true);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(due.waiting).toBe(false);
  });

  it('while a field has the focus, sets no timer and runs at a settled look once due', () => {
    const { state, run, due } = setup();
    state.typing = true;
    due.after(150);
    expect(vi.getTimerCount()).toBe(0);
    due.settled();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    due.settled();
    expect(run).toHaveBeenCalledTimes(1);
    expect(due.waiting).toBe(false);
    due.settled();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('hands a check waiting for a look back to the timer when the field is left', () => {
    const { state, run, due } = setup();
    state.typing = true;
    due.after(150);
    vi.advanceTimersByTime(100);
    state.typing = false;
    due.typingStopped();
    vi.advanceTimersByTime(49);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a timer that falls due while a field has the focus waits for a look', () => {
    const { state, run, due } = setup();
    due.after(150);
    state.typing = true;
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    expect(due.waiting).toBe(true);
    due.settled();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancelled, runs nothing', () => {
    const { state, run, due } = setup();
    due.after(150);
    due.cancel();
    state.typing = true;
    due.after(150);
    due.cancel();
    vi.advanceTimersByTime(1000);
    due.settled();
    expect(run).not.toHaveBeenCalled();
    expect(due.waiting).toBe(false);
  });
});
