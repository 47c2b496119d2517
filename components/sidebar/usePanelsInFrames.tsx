/**
 * The sidebar's groups of panels drawn on the first drawing of the page's findings, each in two
 * frames of its own rather than all in one long one (docs/performance.md): in one, the group is
 * drawn hidden (the script, and no layout); in the next, it is shown (its layout and paint). Then
 * the next group. Each group follows the steps by itself (PanelGroup), so that a step draws only
 * the group it concerns, not the whole sidebar again. Once all are shown, all stay shown, and the
 * checker is told when a view is drawn in full: the page is `ready` only then.
 */
import { useEffect, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Checker } from '@/entrypoints/sidebar/checker';
import { afterNextFrame } from '@/entrypoints/sidebar/next-task';
import type { SidebarView } from '@/lib/sidebar/view';

type GroupState = 'absent' | 'hidden' | 'shown';

/**
 * How far the first drawing has got, a step a frame: the first group is drawn hidden with the
 * first findings (step 0); then it is shown, the next drawn, that one shown, and so on.
 */
export class PanelSteps {
  private step = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly groups: number) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  stateOf(index: number): GroupState {
    if (index < Math.ceil(this.step / 2)) return 'shown';
    return index < Math.floor(this.step / 2) + 1 ? 'hidden' : 'absent';
  }

  get all(): boolean {
    return this.step >= this.groups * 2 - 1;
  }

  next(): void {
    if (this.all) return;
    this.step += 1;
    for (const listener of this.listeners) listener();
  }
}

/**
 * The steps of the first drawing, taken a frame apart once there are findings; the checker is told
 * when a view is drawn in full. Returns the steps and whether the first group is shown yet.
 */
export function usePanelsInFrames(
  checker: Checker,
  view: SidebarView | null,
  groups: number,
): { steps: PanelSteps; firstShown: boolean } {
  const [steps] = useState(() => new PanelSteps(groups));
  const checked = view !== null;
  useEffect(() => {
    if (!checked) return;
    let wanted = true;
    const step = () =>
      afterNextFrame(() => {
        if (!wanted) return;
        steps.next();
        if (!steps.all) step();
      });
    if (!steps.all) step();
    return () => {
      wanted = false;
    };
  }, [checked, steps]);
  const all = useSyncExternalStore(steps.subscribe, () => steps.all);
  const firstShown = useSyncExternalStore(steps.subscribe, () => steps.stateOf(0) === 'shown');
  useLayoutEffect(() => {
    if (view && all) checker.drawnByReact(view);
  }, [checker, view, all]);
  return { steps, firstShown };
}

/**
 * One group of panels: absent until drawn, then hidden until shown. Its box is left out of the
 * layout (`display: contents`), so the panels are laid out as if it were not there.
 */
export function PanelGroup({
  index,
  steps,
  children,
}: {
  index: number;
  steps: PanelSteps;
  children: ReactNode;
}) {
  const state = useSyncExternalStore(steps.subscribe, () => steps.stateOf(index));
  if (state === 'absent') return null;
  return (
    <div className="mc-group" hidden={state === 'hidden'}>
      {children}
    </div>
  );
}
