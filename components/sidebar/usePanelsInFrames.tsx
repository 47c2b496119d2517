/**
 * The sidebar's groups of panels drawn on the first drawing of the page's findings, each in two
 * frames of its own rather than all in one long one (docs/performance.md): in one, the group is
 * drawn hidden (the script, and no layout); in the next, it is shown (its layout and paint). Then
 * the next group. Once all are shown, all stay shown, and the checker is told when a view is drawn
 * in full: the page is `ready` only then.
 */
import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import type { Checker } from '@/entrypoints/sidebar/checker';
import { afterNextFrame } from '@/entrypoints/sidebar/next-task';
import type { SidebarView } from '@/lib/sidebar/view';

/** How far the drawing has got: groups before `drawn` are in the sidebar, before `shown` seen. */
export interface PanelFrames {
  drawn: number;
  shown: number;
  all: boolean;
}

export function usePanelsInFrames(
  checker: Checker,
  view: SidebarView | null,
  groups: number,
): PanelFrames {
  // The first group is drawn hidden with the first findings; then, a frame after another, it is
  // shown, the next drawn, that one shown, and so on.
  const [step, setStep] = useState(0);
  const checked = view !== null;
  const last = groups * 2 - 1;
  useEffect(() => {
    if (!checked || step >= last) return;
    let wanted = true;
    afterNextFrame(() => {
      if (wanted) setStep(step + 1);
    });
    return () => {
      wanted = false;
    };
  }, [checked, step, last]);
  const all = step >= last;
  useLayoutEffect(() => {
    if (view && all) checker.drawnByReact(view);
  }, [checker, view, all]);
  if (!checked) return { drawn: 0, shown: 0, all: false };
  return { drawn: Math.min(groups, Math.floor(step / 2) + 1), shown: Math.ceil(step / 2), all };
}

/**
 * One group of panels: absent until drawn, then hidden until shown. Its box is left out of the
 * layout (`display: contents`), so the panels are laid out as if it were not there.
 */
export function PanelGroup({
  index,
  frames,
  children,
}: {
  index: number;
  frames: PanelFrames;
  children: ReactNode;
}) {
  if (index >= frames.drawn) return null;
  return (
    <div className="mc-group" hidden={index >= frames.shown}>
      {children}
    </div>
  );
}
