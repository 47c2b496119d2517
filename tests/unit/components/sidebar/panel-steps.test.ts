import { describe, expect, it, vi } from 'vitest';
import { PanelSteps } from '@/components/sidebar/usePanelsInFrames';

const states = (steps: PanelSteps, groups: number) =>
  Array.from({ length: groups }, (_, i) => steps.stateOf(i));

describe('the steps of the first drawing', () => {
  it('draw each group hidden, then show it, one group at a time, and stop once all are shown', () => {
    const steps = new PanelSteps(3);
    const told = vi.fn();
    steps.subscribe(told);
    const seen = [states(steps, 3)];
    while (!steps.all) {
      steps.next();
      seen.push(states(steps, 3));
    }
    expect(seen).toEqual([
      ['hidden', 'absent', 'absent'],
      ['shown', 'absent', 'absent'],
      ['shown', 'hidden', 'absent'],
      ['shown', 'shown', 'absent'],
      ['shown', 'shown', 'hidden'],
      ['shown', 'shown', 'shown'],
    ]);
    expect(told).toHaveBeenCalledTimes(5);
    steps.next();
    expect(states(steps, 3)).toEqual(['shown', 'shown', 'shown']);
    expect(told).toHaveBeenCalledTimes(5);
  });

  it('tell no listener once it has unsubscribed', () => {
    const steps = new PanelSteps(2);
    const told = vi.fn();
    const stop = steps.subscribe(told);
    steps.next();
    stop();
    steps.next();
    steps.next();
    expect(told).toHaveBeenCalledTimes(1);
    expect(steps.all).toBe(true);
  });
});
