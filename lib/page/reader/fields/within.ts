/**
 * A field within another: a Details box under a Yes/No, the reason under "Were the views …
 * considered?". Looked for between its parent question and the next question, or the first answer
 * of another question (recognised or not). When no label of it is there, the first free text box
 * directly after the parent's answers is taken to be it; or, for a conditional box whose parent's
 * answer opens it, the first free text box in that place after a follow-up text ("If …, please
 * specify").
 */
import { opensWith } from '../../condition';
import type { FieldDef } from '../../fields';
import { normaliseLabel } from '../../text';
import { nextBoundary } from '../boundaries';
import type { Found, QMatch, ReadContext, Resolved } from '../context';
import { inOptionList, SEPARATOR_ONLY } from '../elements';
import { blocksBetween, ctlsBetween, endOf } from '../query';
import { placeScore } from '../scores';
import type { Block } from '../walk';
import { resolve, store, valueFrom } from './question';

export function readWithin(ctx: ReadContext, def: FieldDef): void {
  const parent = ctx.found.get(def.within!);
  if (!parent || !parent.snap.found) return;
  const idx = ctx.idx;
  const lastParent = parent.ctls.length ? parent.ctls[parent.ctls.length - 1].order : parent.end;
  const questionEnd = parent.question ? endOf(idx, parent.question) : parent.order;
  const to = ownPlaceEnd(
    ctx,
    parent,
    lastParent,
    nextBoundary(ctx, Math.max(parent.order, questionEnd)),
  );
  const cands = (ctx.matches.get(def.id) ?? []).filter(
    (m) => m.order > parent.order && m.order < to,
  );
  let best: { m: QMatch; r: Resolved; score: number } | null = null;
  for (const m of cands) {
    const r = resolve(ctx, def, m, to);
    // a text box between the parent's answers and this label, not the label's own: the label is
    // not directly under the parent
    const boxBefore = ctlsBetween(idx, lastParent, m.order).some(
      (c) => c.kind === 'text' && !r.ctls.includes(c),
    );
    if (m.order > lastParent && boxBefore) continue;
    const score = placeScore(m, r);
    if (!best || score > best.score) best = { m, r, score };
  }
  if (best) {
    store(ctx, def, best.m, best.r);
    return;
  }
  // an unlabelled text box right after the parent's answers, with nothing but their captions between
  const box = ctlsBetween(idx, lastParent, to).find(
    (c) => c.kind === 'text' && ctx.claims.isFree(c, def.id),
  );
  if (!box) return;
  const captions = new Set(parent.snap.options.map(normaliseLabel));
  const between = blocksBetween(idx, lastParent, box.order).filter(
    (b) =>
      !b.hasControl &&
      !captions.has(normaliseLabel(b.text)) &&
      !inOptionList(b.el) &&
      !SEPARATOR_ONLY.test(b.text.replace(/\*/g, '')),
  );
  if (between.length && !followsUp(def, parent, between)) return;
  store(ctx, def, null, valueFrom(ctx, def, [box]));
}

/** Words that tie a text to the answer before it: "If you prefer to self-describe, please specify". */
const FOLLOW_UP = /^(?:if|please)\b/i;

/**
 * Is the text before a box a follow-up of the parent's answer, worded in a way no label matches?
 * Only for a conditional box whose parent's answer opens it, and only when every text between
 * reads as a follow-up ("If …", "Please …"): a text that is a question of its own ("What matters
 * most to you?") starts another place.
 */
function followsUp(def: FieldDef, parent: Found, between: Block[]): boolean {
  if (!def.shownWhen || !opensWith(parent.snap, def.shownWhen)) return false;
  return between.every((b) => FOLLOW_UP.test(b.text.replace(/^[\s*]+/, '')));
}

/**
 * Where a field within `parent` can be: up to `limit` (the next recognised question), but no
 * further than the first answer of another question after the parent's own answers: a radio,
 * tick box or list not the parent's, or a control another field has. A question that is not
 * recognised (removed or renamed) still has its answers on the page, and what follows them is
 * that question's, not the parent's.
 */
function ownPlaceEnd(ctx: ReadContext, parent: Found, lastParent: number, limit: number): number {
  const own = new Set(parent.ctls);
  for (const c of ctlsBetween(ctx.idx, lastParent, limit)) {
    if (own.has(c)) continue;
    if (c.kind !== 'text' || ctx.claims.isClaimed(c)) return c.order;
  }
  return limit;
}
