/**
 * Whether a dialog of the page's own is open (by its role, or a modal <dialog>), followed as the
 * page changes, so that the work-step sidebar goes behind it as the full sidebar does.
 */
import { useEffect, useState } from 'react';

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

export function usePageDialog(doc: Document, host: Element): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    let frame = 0;
    const observer = new Observer(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setOpen(pageDialogOpen(doc, host));
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
  }, [doc, host]);
  return open;
}
