/**
 * Moving focus to a form control as GOV.UK's error summary does (govuk-frontend,
 * error-summary.mjs `focusTarget`): the control's question, its label or its fieldset's legend, is
 * scrolled into view first, and only then is the control focused, with `preventScroll`. Focus alone
 * scrolls just far enough to show the control, which leaves its question out of view above it: a
 * person then sees a control without knowing what it asks.
 *
 * Used by the sidebar to go from a finding to its question on a Mosaic page, and by the error
 * summaries of the checklist and the options page to go to the control a message is about.
 */

export interface FocusOptions {
  /** Runs once the question is scrolled into view, before the control is focused. */
  afterScroll?: (question: HTMLElement) => void;
}

/**
 * Scrolls `question` to the top of the view and focuses `control` without scrolling again; with no
 * question, brings the control itself to the middle of the view and focuses it.
 */
export function focusWithQuestion(
  control: HTMLElement,
  question: HTMLElement | null,
  options: FocusOptions = {},
): void {
  if (!question) {
    control.scrollIntoView({ block: 'center', inline: 'nearest' });
    control.focus({ preventScroll: true });
    return;
  }
  question.scrollIntoView({ block: 'start', inline: 'nearest' });
  options.afterScroll?.(question);
  control.focus({ preventScroll: true });
  // A long question can push its control out of view; then bring the control in too.
  const r = control.getBoundingClientRect();
  const h = control.ownerDocument.defaultView?.innerHeight ?? 0;
  if (h && (r.bottom > h || r.top < 0))
    control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * The question a control of one of our own forms answers (GOV.UK's `getAssociatedLegendOrLabel`):
 * for a radio or checkbox, its fieldset's legend; for another control in a fieldset, the legend
 * when the control would still be in the top half of the view below it; otherwise its label.
 */
export function questionOf(control: HTMLElement): HTMLElement | null {
  const legend = control.closest('fieldset')?.querySelector('legend') ?? null;
  if (legend) {
    if (
      control instanceof HTMLInputElement &&
      (control.type === 'radio' || control.type === 'checkbox')
    )
      return legend;
    const legendTop = legend.getBoundingClientRect().top;
    const r = control.getBoundingClientRect();
    const h = control.ownerDocument.defaultView?.innerHeight ?? 0;
    if (r.height && h && r.top + r.height - legendTop < h / 2) return legend;
  }
  const labels = (control as HTMLInputElement).labels;
  return labels?.[0] ?? control.closest('label');
}

/**
 * Goes to the control with this id in `doc`, its question in view (an error summary's link).
 * False when there is no such element.
 */
export function focusControlById(doc: Document, id: string): boolean {
  const control = doc.getElementById(id);
  if (!control) return false;
  focusWithQuestion(control, questionOf(control));
  return true;
}
