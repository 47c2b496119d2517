/**
 * The checker's views as React sees them (useSyncExternalStore, checker.ts): the latest view, and
 * the one given to React to draw. A view is given only when what it shows differs from what was
 * given (its signature); the first waits for the next frame. The checker says whether a drawing may
 * go ahead (not while a re-check it asked for is waiting: that one draws) and hears when the page's
 * findings are drawn, so that it says `ready` only then.
 */
import { signature, type SidebarView } from '@/lib/sidebar/view';

export interface DrawnViewOptions {
  /** When given, the first view is drawn in a task after the next frame. */
  afterNextFrame?: (draw: () => void) => void;
  /** Whether a view may be drawn now. */
  mayDraw: () => boolean;
  /** The latest view is drawn (or was already): the page is checked. */
  drawn: () => void;
  /**
   * When true, a view given to React is drawn only once React says so (`drawnByReact`): the
   * sidebar draws the first findings in twelve frames (components/sidebar/usePanelsInFrames.tsx).
   */
  toldWhenDrawn?: boolean;
}

export class DrawnView {
  private view: SidebarView | null = null;
  private shown: SidebarView | null = null;
  private sig = '';
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: DrawnViewOptions) {}

  /** Gives `view` to React to draw, unless it shows what is drawn already. */
  show(view: SidebarView): SidebarView {
    const sig = signature(view);
    if (sig === this.sig && this.shown === this.view) {
      this.options.drawn();
      return this.view ?? view;
    }
    this.sig = sig;
    this.view = view;
    const draw = () => {
      if (!this.options.mayDraw() || this.view !== view) return;
      this.shown = view;
      if (!this.options.toldWhenDrawn) this.options.drawn();
      for (const l of this.listeners) l();
    };
    const { afterNextFrame } = this.options;
    if (this.shown === null && afterNextFrame) afterNextFrame(draw);
    else draw();
    return view;
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** React has drawn `view` in full (with `toldWhenDrawn`). */
  drawnByReact(view: SidebarView): void {
    if (view === this.shown && view === this.view && this.options.mayDraw()) this.options.drawn();
  }

  /** The latest view (drawn or not yet). */
  getView = (): SidebarView | null => this.view;

  /** The view given to React to draw. */
  getShown = (): SidebarView | null => this.shown;
}
