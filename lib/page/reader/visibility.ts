/**
 * Is an element rendered visibly now? One test for the reader (is a question shown, is a row
 * shown) and for moving to a field (is its control shown, else its question).
 *
 * Asks the browser (`checkVisibility`, which needs style but no layout); where that is missing,
 * looks for `hidden` and for `display: none` / `visibility: hidden` on the ancestors.
 */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  // the `hidden` attribute first: one native call, and some DOMs ignore it in checkVisibility
  if (el.closest('[hidden]')) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function')
    return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  return ancestorsShown(el);
}

function ancestorsShown(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = (e as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    const computed = view?.getComputedStyle(e);
    if (computed && (computed.display === 'none' || computed.visibility === 'hidden')) return false;
  }
  return true;
}

/** isShown, asked once per element for the rest of one reading. */
export class ShownCache {
  private readonly known = new Map<Element, boolean>();

  shown(el: Element): boolean {
    let v = this.known.get(el);
    if (v === undefined) this.known.set(el, (v = isShown(el)));
    return v;
  }
}
