/**
 * Where one question's place ends: the recognised questions and section headings of step 1, in
 * document order. A question's controls, value or rows lie before the next one.
 */
import type { ReadContext } from './context';
import { upperBound } from './query';

/** The first recognised question or section heading after `pos`. */
export function nextBoundary(ctx: ReadContext, pos: number): number {
  const b = ctx.boundaries;
  const i = upperBound(b, pos, (x) => x);
  return i < b.length ? b[i] : Number.MAX_SAFE_INTEGER;
}

/** Does the element hold a recognised question or section heading? */
export function hasBoundaryIn(ctx: ReadContext, el: Element): boolean {
  const o = ctx.idx.pos.get(el);
  if (o === undefined) return false;
  const b = ctx.boundaries;
  const i = upperBound(b, o - 1, (x) => x);
  return i < b.length && b[i] <= ctx.idx.ends[o];
}

/** Does the element hold a recognised label of a field other than `id`? */
export function holdsOtherLabel(ctx: ReadContext, el: Element, id: string): boolean {
  const o = ctx.idx.pos.get(el);
  if (o === undefined) return false;
  const end = ctx.idx.ends[o];
  const at = ctx.labelAt;
  for (let i = upperBound(at, o - 1, (x) => x.order); i < at.length && at[i].order <= end; i++)
    if (at[i].id !== id) return true;
  return false;
}
