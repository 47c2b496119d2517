/**
 * Moving from a finding to its question on the page, like the GOV.UK error summary (lib/focus.ts):
 * focus the control (for a radio group, the checked radio or else the first) without letting the
 * browser scroll, and scroll the question's label or legend into view so it stays visible above it.
 * Only ever on the worker's own click or key press.
 */
import { focusWithQuestion } from '@/lib/focus';
import { isShown } from '@/lib/page/reader/visibility';
import type { PageReading } from '@/lib/page/reader';
import { normaliseText } from '@/lib/page/text';
import type { ViewFinding } from '@/lib/sidebar/view';

export function controlKeyOf(
  f: Pick<ViewFinding, 'control' | 'field'>,
  reading: PageReading,
): string | null {
  if (f.control && reading.controls.has(f.control)) return f.control;
  const fieldKey = f.field ? reading.snapshot.fields[f.field]?.control : null;
  if (fieldKey && reading.controls.has(fieldKey)) return fieldKey;
  return f.control ?? fieldKey ?? null;
}

/** For a radio button: the checked radio of its group, else the group's first. */
export function radioToFocus(el: HTMLElement): HTMLElement {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return el;
  const scope: ParentNode = el.form ?? (el.getRootNode() as ParentNode);
  const group = Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter(
    (r) => r.name === el.name,
  );
  return group.find((r) => r.checked) ?? group[0] ?? el;
}

export interface Target {
  control: HTMLElement | null;
  question: HTMLElement | null;
}

export function targetOf(f: Pick<ViewFinding, 'control' | 'field'>, reading: PageReading): Target {
  const key = controlKeyOf(f, reading);
  const control = key ? (reading.controls.get(key) ?? null) : null;
  const fieldKey = f.field ? reading.snapshot.fields[f.field]?.control : null;
  const question =
    (key && reading.questions.get(key)) || (fieldKey && reading.questions.get(fieldKey)) || null;
  return { control: control ? radioToFocus(control) : null, question };
}

function scrollParent(el: Element): Element | null {
  const win = el.ownerDocument.defaultView;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const oy = win?.getComputedStyle(p).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return el.ownerDocument.scrollingElement;
}

/**
 * After scrolling a question to the top, a fixed or sticky bar of the page (a toolbar, a header)
 * may sit over it: scroll back by that bar's height so the question can be read.
 */
export function uncover(question: HTMLElement, host: Element | null): void {
  const doc = question.ownerDocument;
  const r = question.getBoundingClientRect();
  if (r.height === 0) return;
  const x = Math.min(r.left + 12, r.right - 1);
  const y = Math.max(r.top + 2, 0);
  const hit = doc.elementFromPoint(x, y);
  if (!hit || hit === question || question.contains(hit) || hit.contains(question)) return;
  if (host && (hit === host || host.contains(hit))) return;
  const cover = hit.getBoundingClientRect();
  if (cover.bottom <= r.top) return;
  const by = Math.ceil(cover.bottom - r.top + 8);
  const scroller = scrollParent(question);
  if (scroller) scroller.scrollTop -= by;
}

/**
 * Scroll the question into view and focus the control (lib/focus.ts), uncovering the question
 * from any bar of the page over it. Returns false when there is nothing visible to focus (the
 * control is on a closed tab, say).
 */
export function focusTarget(t: Target, host: Element | null = null): boolean {
  const { control, question } = t;
  if (!control || !isShown(control)) {
    if (question && isShown(question)) {
      question.scrollIntoView({ block: 'start', inline: 'nearest' });
    }
    return false;
  }
  focusWithQuestion(control, question && isShown(question) ? question : null, {
    afterScroll: (q) => uncover(q, host),
  });
  return true;
}

/**
 * The page's clickable tab with this visible name (a tab, link or button), or null. Found by its
 * text, as a person would; never inside our own element.
 */
export function findTabControl(
  doc: Document,
  name: string,
  host: Element | null,
): HTMLElement | null {
  const want = normaliseText(name);
  const candidates = Array.from(
    doc.querySelectorAll<HTMLElement>('[role="tab"], a, button, [onclick], li, [tabindex]'),
  );
  let best: HTMLElement | null = null;
  let bestRank = 99;
  for (const el of candidates) {
    if (host && (el === host || host.contains(el))) continue;
    if (normaliseText(el.textContent) !== want) continue;
    if (!isShown(el)) continue;
    const rank =
      el.getAttribute('role') === 'tab'
        ? 0
        : el.matches('a, button')
          ? 1
          : el.matches('[onclick], [tabindex]')
            ? 2
            : 3;
    if (rank < bestRank) {
      best = el;
      bestRank = rank;
    }
  }
  if (best && bestRank === 3) {
    // A plain list item: prefer a link or button inside it.
    const inner = best.querySelector<HTMLElement>('a, button');
    if (inner) best = inner;
  }
  return best;
}

/** Resolve when `ok()` holds or after `timeoutMs`, checking once a frame. */
export function waitUntil(win: Window, ok: () => boolean, timeoutMs: number): Promise<boolean> {
  const start = win.performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      if (ok()) return resolve(true);
      if (win.performance.now() - start > timeoutMs) return resolve(false);
      win.requestAnimationFrame(tick);
    };
    tick();
  });
}
