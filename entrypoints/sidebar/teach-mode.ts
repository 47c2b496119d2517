/**
 * Teach mode's hold on the page: while the worker shows the sidebar where a question is, the next
 * click outside the sidebar is taken and never reaches the page (no Mosaic button is pressed, no
 * link followed), the page element under the pointer is outlined in our own layer, Tab and
 * Shift+Tab move through the page's unclaimed question texts, Enter takes the one outlined (or the
 * focused page element), and Esc leaves. The page's DOM is never changed. An engine, not a view:
 * the sidebar's React view (components/sidebar/Teach.tsx) only starts it and draws its banner.
 */
import type { TeachCandidate } from '@/lib/page/teach-candidates';
import type { Overlay } from './overlay';

export interface TeachModeCallbacks {
  /** The page's unclaimed question texts, asked for when Tab is first pressed. */
  candidates: () => TeachCandidate[];
  /** An element was picked (a click, or Enter on the outlined text or a focused page element). */
  onPick: (el: Element) => void;
  /** Esc: leave and change nothing. */
  onCancel: () => void;
  /** The outlined candidate changed by keyboard: its place in the list and its text. */
  onMove: (index: number, count: number, text: string) => void;
}

const SWALLOWED = [
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
];

export class TeachMode {
  private list: TeachCandidate[] | null = null;
  private at = -1;
  private active = false;

  constructor(
    private readonly win: Window,
    private readonly host: Element,
    private readonly overlay: Overlay,
    private readonly on: TeachModeCallbacks,
  ) {}

  start(): void {
    if (this.active) return;
    this.active = true;
    for (const type of SWALLOWED) this.win.addEventListener(type, this.onPointer, true);
    this.win.addEventListener('pointermove', this.onHover, true);
    this.win.addEventListener('keydown', this.onKey, true);
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    for (const type of SWALLOWED) this.win.removeEventListener(type, this.onPointer, true);
    this.win.removeEventListener('pointermove', this.onHover, true);
    this.win.removeEventListener('keydown', this.onKey, true);
    this.overlay.point(null);
    this.list = null;
    this.at = -1;
  }

  /** Inside our own element (the sidebar, its dialogs): left alone. */
  private ours(e: Event): boolean {
    return e.composedPath().includes(this.host);
  }

  private pageElement(e: Event): Element | null {
    const t = e.target;
    return t instanceof Element && t !== this.win.document.documentElement ? t : null;
  }

  private onHover = (e: Event): void => {
    if (this.ours(e)) return;
    this.overlay.point(this.pageElement(e));
  };

  private onPointer = (e: Event): void => {
    if (this.ours(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type !== 'click') return;
    const el = this.pageElement(e);
    if (el) this.on.onPick(el);
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.on.onCancel();
    } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.move(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Enter') {
      const current = this.list?.[this.at]?.el;
      const focused = this.win.document.activeElement;
      const pick =
        current ??
        (focused && focused !== this.host && focused !== this.win.document.body ? focused : null);
      if (!pick) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      this.on.onPick(pick);
    }
  };

  private move(step: number): void {
    this.list ??= this.on.candidates();
    const n = this.list.length;
    if (n === 0) {
      this.on.onMove(-1, 0, '');
      return;
    }
    this.at = this.at < 0 ? (step > 0 ? 0 : n - 1) : (this.at + step + n) % n;
    const c = this.list[this.at];
    c.el.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.overlay.point(c.el);
    this.on.onMove(this.at, n, c.text);
  }
}
