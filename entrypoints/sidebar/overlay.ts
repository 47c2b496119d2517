/**
 * Boxes drawn over the page's own questions from inside our shadow root, so the page's DOM is
 * never touched: a short highlight after jumping to a question, and (when the worker asks for it)
 * an outline round every question with an error. Positions are set directly on scroll and resize,
 * at most once a frame; nothing else runs while they are shown.
 */
import { isShown } from '@/lib/page/reader/visibility';

function unionRect(els: Element[]): DOMRect | null {
  let top = Infinity;
  let left = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const el of els) {
    if (!isShown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  if (top === Infinity) return null;
  return new DOMRect(left, top, right - left, bottom - top);
}

function place(box: HTMLElement, r: DOMRect | null, pad: number): void {
  if (!r) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.style.left = `${Math.round(r.left - pad)}px`;
  box.style.top = `${Math.round(r.top - pad)}px`;
  box.style.width = `${Math.round(r.width + pad * 2)}px`;
  box.style.height = `${Math.round(r.height + pad * 2)}px`;
}

export class Overlay {
  private outlines: Array<{ box: HTMLElement; els: Element[] }> = [];
  private flashBox: HTMLElement | null = null;
  private flashEls: Element[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private pointBox: HTMLElement | null = null;
  private pointEl: Element | null = null;
  private frame = 0;
  private listening = false;

  constructor(
    private readonly layer: HTMLElement,
    private readonly win: Window,
  ) {}

  private onMove = (): void => {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.reposition();
    });
  };

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const f = on
      ? this.win.addEventListener.bind(this.win)
      : this.win.removeEventListener.bind(this.win);
    f('scroll', this.onMove, { capture: true, passive: true } as AddEventListenerOptions);
    f('resize', this.onMove, { passive: true } as AddEventListenerOptions);
  }

  private sync(): void {
    this.listen(this.outlines.length > 0 || this.flashBox !== null || this.pointBox !== null);
  }

  reposition(): void {
    for (const o of this.outlines) place(o.box, unionRect(o.els), 3);
    if (this.flashBox) place(this.flashBox, unionRect(this.flashEls), 6);
    if (this.pointBox && this.pointEl) place(this.pointBox, unionRect([this.pointEl]), 4);
  }

  /** Teach mode: outline the page element under the pointer (or chosen by Tab); null removes it. */
  point(el: Element | null): void {
    if (el === this.pointEl) return;
    this.pointEl = el;
    if (!el) {
      this.pointBox?.remove();
      this.pointBox = null;
    } else if (!this.pointBox) {
      const box = this.layer.ownerDocument.createElement('div');
      box.className = 'mc-point';
      box.setAttribute('aria-hidden', 'true');
      box.setAttribute('data-testid', 'mc-teach-outline');
      this.layer.append(box);
      this.pointBox = box;
    }
    this.reposition();
    this.sync();
  }

  /** Outline each group of elements (one box per question); an empty list removes them all. */
  setOutlines(groups: Element[][]): void {
    for (const o of this.outlines) o.box.remove();
    this.outlines = groups
      .filter((els) => els.length > 0)
      .map((els) => {
        const box = this.layer.ownerDocument.createElement('div');
        box.className = 'mc-outline';
        box.setAttribute('aria-hidden', 'true');
        this.layer.append(box);
        return { box, els };
      });
    this.reposition();
    this.sync();
  }

  /** A brief highlight round the question just jumped to. */
  flash(els: Element[]): void {
    this.clearFlash();
    const box = this.layer.ownerDocument.createElement('div');
    box.className = 'mc-flash';
    box.setAttribute('aria-hidden', 'true');
    this.layer.append(box);
    this.flashBox = box;
    this.flashEls = els;
    this.reposition();
    this.sync();
    this.flashTimer = setTimeout(() => this.clearFlash(), 2000);
  }

  clearFlash(): void {
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    this.flashBox?.remove();
    this.flashBox = null;
    this.flashEls = [];
    this.sync();
  }

  destroy(): void {
    this.setOutlines([]);
    this.point(null);
    this.clearFlash();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
  }
}
