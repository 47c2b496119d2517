/**
 * Work taken in parts in slices of a task's time (next-task.ts): it goes on while the slice
 * lasts, waits for a new task once it is spent, and is dropped when no longer wanted after a wait.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Slices } from '@/entrypoints/sidebar/next-task';

/** Three parts, each taking `ms` of the clock, then `done`. */
function* parts(clock: { now: number }, ms: number): Generator<void, string> {
  for (let i = 0; i < 3; i++) {
    clock.now += ms;
    yield;
  }
  return 'done';
}

function setup() {
  const clock = { now: 1000 };
  vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
  const next = vi.fn(async () => {});
  return { clock, next };
}

afterEach(() => vi.restoreAllMocks());

describe('Slices', () => {
  it('waits for a new task only once a slice is spent', async () => {
    const { clock, next } = setup();
    const slices = new Slices(next, 8);
    expect(await slices.pause()).toBe(false);
    clock.now += 8;
    expect(await slices.pause()).toBe(true);
    expect(next).toHaveBeenCalledTimes(1);
    expect(await slices.pause()).toBe(false);
  });

  it('takes parts to their end, pausing when a slice is spent', async () => {
    const { clock, next } = setup();
    expect(await new Slices(next, 8).all(parts(clock, 5))).toBe('done');
    // 5 ms, then 10 (a pause), then 5 again after the pause
    expect(next).toHaveBeenCalledTimes(1);
    expect(await new Slices(next, 100).all(parts(clock, 5))).toBe('done');
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('drops the work when it is no longer wanted after a pause', async () => {
    const { clock, next } = setup();
    let wanted = true;
    next.mockImplementation(async () => {
      wanted = false;
    });
    expect(await new Slices(next, 8).take(parts(clock, 10), () => wanted)).toBeNull();
    expect(await new Slices(next, 100).take(parts(clock, 10), () => false)).toEqual({
      value: 'done',
    });
  });
});
