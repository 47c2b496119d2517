/**
 * How many of the sidebar's groups of panels are drawn: on the first drawing of the page's
 * findings, none, then one more in each frame after it, so that the problem summary and each panel
 * after it (App.tsx) have a frame of their own rather than one long one (docs/performance.md).
 * Once all are drawn, all stay drawn, and the checker is told when a view is drawn in full: the
 * page is `ready` only then.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import type { Checker } from '@/entrypoints/sidebar/checker';
import { afterNextFrame } from '@/entrypoints/sidebar/next-task';
import type { SidebarView } from '@/lib/sidebar/view';

export function usePanelsInFrames(
  checker: Checker,
  view: SidebarView | null,
  groups: number,
): number {
  const [shown, setShown] = useState(0);
  const checked = view !== null;
  useEffect(() => {
    if (!checked || shown >= groups) return;
    let wanted = true;
    afterNextFrame(() => {
      if (wanted) setShown(shown + 1);
    });
    return () => {
      wanted = false;
    };
  }, [checked, shown, groups]);
  const all = shown >= groups;
  useLayoutEffect(() => {
    if (view && all) checker.drawnByReact(view);
  }, [checker, view, all]);
  return shown;
}
