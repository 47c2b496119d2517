/**
 * What the checker's one MutationObserver makes of a change to the page (checker.ts): whether it
 * can change what the form shows, and whether it takes part of the page away. Changes inside the
 * sidebar's own element, or the element itself coming and going, are never the page's.
 */

/** Attributes whose change can show, hide or switch part of a form. */
const WATCHED_ATTRIBUTES = new Set([
  'style',
  'class',
  'hidden',
  'aria-hidden',
  'aria-selected',
  'aria-expanded',
  'open',
  'disabled',
]);

/** A change of the page's that can change what the form shows: a re-check is called for. */
export function mayChangeForm(r: MutationRecord, host: Element): boolean {
  if (isOwnChange(r, host)) return false;
  return r.type !== 'attributes' || WATCHED_ATTRIBUTES.has(r.attributeName ?? '');
}

/** A change of the page's that takes elements away (perhaps the whole step). */
export function removesElements(r: MutationRecord, host: Element): boolean {
  if (r.type !== 'childList' || isOwnChange(r, host)) return false;
  for (const n of r.removedNodes) if (n.nodeType === 1) return true;
  return false;
}

/** A change inside the sidebar's own element, or the element itself coming or going. */
export function isOwnChange(r: MutationRecord, host: Element): boolean {
  const t = r.target;
  if (t === host || host.contains(t)) return true;
  if (r.type === 'childList') {
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    if (
      nodes.length > 0 &&
      nodes.every(
        (n) => n === host || (n as Element).hasAttribute?.('wxt-shadow-root-document-styles'),
      )
    )
      return true;
  }
  return false;
}
