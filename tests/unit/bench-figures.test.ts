/**
 * The benchmark's arithmetic (tests/bench/figures.ts): the p75 of key durations that Chromium
 * rounds to 8 ms, read within their steps; and which extension script a long frame holds
 * (tests/bench/trace.ts).
 */
import { describe, expect, it } from 'vitest';
import { groupedQuantile, p75 } from '../bench/figures';
import type { LongFrame } from '../bench/page-figures';
import { attribute, type ExtensionWork } from '../bench/trace';

/** Values from counts per value: { 24: 2, 32: 1 } gives [24, 24, 32]. */
const values = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([value, n]) => Array<number>(n).fill(Number(value)));

describe('groupedQuantile', () => {
  it('finds the quantile within its step, in proportion to the values there below it', () => {
    // 3 of 4 values are 8 (the step 4 to 12): the p75 is the top of that step.
    expect(groupedQuantile([8, 8, 8, 16], 0.75, 8)).toBe(12);
    // half the values below 2.5 when each stands for the step of 1 around it
    expect(groupedQuantile([1, 2, 3, 4], 0.5, 1)).toBe(2.5);
  });

  it('moves a little, not by a whole step, when a few keys cross a step', () => {
    const before = values({ 24: 80, 32: 117, 40: 30, 48: 33 });
    const after = values({ 24: 77, 32: 117, 40: 33, 48: 33 });
    // the plain p75 jumps a step (32 to 40 ms); within the steps it moves by under 1 ms
    expect(p75(after) / p75(before)).toBeGreaterThan(1.2);
    const moved = groupedQuantile(after, 0.75, 8) - groupedQuantile(before, 0.75, 8);
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(1);
  });

  it('shows a cost that every key pays: one step more for every key is one step more', () => {
    const keys = values({ 24: 60, 32: 100, 40: 40 });
    const slower = keys.map((d) => d + 8);
    expect(groupedQuantile(slower, 0.75, 8) - groupedQuantile(keys, 0.75, 8)).toBe(8);
  });

  it('has no quantile of nothing', () => {
    expect(groupedQuantile([], 0.75, 8)).toBeNaN();
  });
});

describe('attribute', () => {
  const frame: LongFrame = {
    start: 1000,
    duration: 60,
    blockingDuration: 10,
    scripts: [],
    extension: false,
  };
  const work = (intervals: Array<[number, number]>): ExtensionWork => ({
    intervals,
    longest: Math.max(...intervals.map(([a, b]) => b - a)),
    total: intervals.reduce((s, [a, b]) => s + b - a, 0),
    tasks: [],
    sidebarInjectedAt: null,
  });
  const inFrame = (intervals: Array<[number, number]>) =>
    attribute([frame], work(intervals))[0].extensionMs;

  it('counts the extension script that ran in the frame, however little', () => {
    expect(inFrame([[1010, 1012]])).toBeCloseTo(2);
    expect(inFrame([[1000.5, 1000.55]])).toBeCloseTo(0.05);
    expect(inFrame([[1059.9, 1065]])).toBeCloseTo(0.1);
  });

  it('leaves out a run of the task before the frame whose end meets its start within the clocks', () => {
    expect(inFrame([[999.2, 1000.034]])).toBe(0);
    expect(inFrame([[998.9, 1000.1]])).toBe(0);
    expect(attribute([frame], work([[998.9, 1000.1]]))[0].extension).toBe(false);
  });

  it('still counts a run that began before the frame and goes on into it', () => {
    expect(inFrame([[999, 1005]])).toBeCloseTo(5);
    // begun within the clocks' difference of the frame's start: it may be the frame's first task
    expect(inFrame([[999.9, 1000.1]])).toBeCloseTo(0.1);
  });

  it('counts nothing outside the frame', () => {
    expect(
      inFrame([
        [900, 950],
        [1061, 1070],
      ]),
    ).toBe(0);
  });
});
