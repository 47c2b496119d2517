/**
 * Questions asked of the index (walk.ts) by element order: what is inside an element, what lies
 * between two places, an element's text. Nothing here queries the DOM again, but for elements the
 * walk did not number (added since, or inside a skipped element).
 */
import { cleanLengthAtMost, cleanLines, cleanText } from '../text';
import { upperBound } from './sorted';
import type { Block, Ctl, DomIndex } from './walk';

export { upperBound };

export function orderOf(idx: DomIndex, el: Element): number {
  return idx.pos.get(el) ?? -1;
}

export function endOf(idx: DomIndex, el: Element): number {
  const o = idx.pos.get(el);
  return o === undefined ? -1 : idx.ends[o];
}

/** Is `inner` inside `outer` (or the same element)? */
export function within(idx: DomIndex, outer: Element, inner: Element): boolean {
  const o = idx.pos.get(outer);
  const i = idx.pos.get(inner);
  if (o === undefined || i === undefined) return outer.contains(inner);
  return i >= o && i <= idx.ends[o];
}

/** Controls whose order is in (from, to). */
export function ctlsBetween(idx: DomIndex, from: number, to: number): Ctl[] {
  const out: Ctl[] = [];
  for (
    let i = upperBound(idx.ctls, from, (c) => c.order);
    i < idx.ctls.length && idx.ctls[i].order < to;
    i++
  )
    out.push(idx.ctls[i]);
  return out;
}

/** Controls inside an element. */
export function ctlsIn(idx: DomIndex, el: Element): Ctl[] {
  const o = idx.pos.get(el);
  if (o === undefined) return [];
  return ctlsBetween(idx, o - 1, idx.ends[o] + 1);
}

/** Blocks entirely between two orders (exclusive), in document order. */
export function blocksBetween(idx: DomIndex, from: number, to: number): Block[] {
  const out: Block[] = [];
  for (
    let i = upperBound(idx.blocks, from, (b) => b.order);
    i < idx.blocks.length && idx.blocks[i].order < to;
    i++
  ) {
    const b = idx.blocks[i];
    if (b.end < to) out.push(b);
  }
  return out;
}

/** The text an element had when the page was indexed (undefined when too long). */
export function rawOf(idx: DomIndex, el: Element): string | undefined {
  const o = idx.pos.get(el);
  return o === undefined ? undefined : idx.raw[o];
}

/** An element's text, with "\n" at block boundaries (cleaned), whatever its length. */
export function linesOf(idx: DomIndex, el: Element): string {
  const r = rawOf(idx, el);
  return cleanLines(r !== undefined ? r : el.textContent);
}

/** An element's text on one line (remembered in the index). */
export function textOf(idx: DomIndex, el: Element): string {
  let t = idx.texts.get(el);
  if (t === undefined) {
    const r = rawOf(idx, el);
    t = cleanText(r !== undefined ? r : el.textContent);
    idx.texts.set(el, t);
  }
  return t;
}

/** Is textOf(idx, el) at most `limit` characters long? Without cleaning all of a long text. */
export function textAtMost(idx: DomIndex, el: Element, limit: number): boolean {
  const r = rawOf(idx, el);
  return cleanLengthAtMost(r !== undefined ? r : el.textContent, limit);
}

/** The nearest element holding both. */
export function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) seen.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (seen.has(e)) return e;
  return null;
}
