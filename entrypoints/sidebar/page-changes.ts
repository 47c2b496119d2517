/**
 * What the checker's one MutationObserver makes of a batch of changes to the page (checker.ts):
 * whether any is the page's, whether one can change what the form shows, and whether one takes
 * part of the page away. Changes inside the sidebar's own element, or the element itself coming
 * and going, are never the page's. One pass over the batch, with nothing made per record: the
 * observer is called on every keystroke of a page that redraws as it is typed into.
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

export interface PageChanges {
  /** At least one change is the page's own. */
  page: boolean;
  /** A change of the page's can change what the form shows: a re-check is called for. */
  mayChangeForm: boolean;
  /** A change of the page's takes elements away (perhaps the whole step). */
  removesElements: boolean;
}

export function pageChanges(records: readonly MutationRecord[], host: Element): PageChanges {
  const changes: PageChanges = { page: false, mayChangeForm: false, removesElements: false };
  for (const r of records) {
    if (isOwnChange(r, host)) continue;
    changes.page = true;
    if (r.type !== 'attributes' || WATCHED_ATTRIBUTES.has(r.attributeName ?? ''))
      changes.mayChangeForm = true;
    if (r.type === 'childList' && hasElement(r.removedNodes)) changes.removesElements = true;
  }
  return changes;
}

/** A change inside the sidebar's own element, or the element itself coming or going. */
function isOwnChange(r: MutationRecord, host: Element): boolean {
  const t = r.target;
  if (t === host || host.contains(t)) return true;
  if (r.type !== 'childList') return false;
  const { addedNodes, removedNodes } = r;
  if (addedNodes.length + removedNodes.length === 0) return false;
  return allOwn(addedNodes, host) && allOwn(removedNodes, host);
}

/** Each node is the sidebar's element or the styles it puts in the page. */
function allOwn(nodes: NodeList, host: Element): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n !== host && !(n as Element).hasAttribute?.('wxt-shadow-root-document-styles'))
      return false;
  }
  return true;
}

function hasElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i].nodeType === 1) return true;
  return false;
}
