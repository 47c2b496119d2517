/**
 * Whether a dialog of the page's own is open (by its role, or a modal <dialog>), so that the
 * sidebar goes behind it: the checker asks at each check, the work-step sidebar follows the page's
 * changes with watchPageDialog.
 */

export function pageDialogOpen(doc: Document, host: Element): boolean {
  const dialogs = doc.querySelectorAll(
    '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]',
  );
  for (const el of Array.from(dialogs)) {
    if (el === host || host.contains(el)) continue;
    if (el.getClientRects().length > 0) return true;
  }
  return false;
}

/** Calls `onChange` with pageDialogOpen, at most once a frame, as the page changes; returns the stop. */
export function watchPageDialog(
  doc: Document,
  host: Element,
  onChange: (open: boolean) => void,
): () => void {
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  let frame = 0;
  const observer = new Observer(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onChange(pageDialogOpen(doc, host));
    });
  });
  observer.observe(doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['open', 'hidden', 'style', 'class'],
  });
  return () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
}
