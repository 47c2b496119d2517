/**
 * A value shown as text beside its label, with no control: after `Label:`, in the next table
 * cell, in the `<dd>` of a `<dt>`, or in the label's following siblings (up to the next question).
 * A read-only control met first gives its value instead.
 *
 * `own` is the field's id for a value shown as text (pre-populated, computed): its value is only
 * what sits in the label's own slot. A heading, another field's label, an editable control or one
 * another field has claimed is never it; when one of them comes first, or the label has nothing
 * after it, there is no slot (`slot` false) and the field is not found by this label.
 */
import { ctlEditable } from '../controls';
import { hasBoundaryIn, holdsOtherLabel } from '../boundaries';
import type { QMatch, ReadContext } from '../context';
import {
  DECORATIVE,
  HEADING,
  holdsOnly,
  isAction,
  isRowish,
  TEXT_BLOCKS,
  valueText,
} from '../elements';
import { isPanel } from '../layout';
import { ctlsIn, linesOf, textOf } from '../query';
import type { Ctl } from '../walk';
import { CELL } from './table-row';
import { normaliseLabel } from '../../text';

export interface Adjacent {
  text: string | null;
  el: Element | null;
  ctl: Ctl | null;
  /** found in the label's own row, definition or `Label: value` (not by walking siblings) */
  tight: boolean;
  /** the label has a place for a value (its row, definition, `Label:` or a sibling), even an empty one */
  slot: boolean;
}

const NONE: Adjacent = { text: null, el: null, ctl: null, tight: false, slot: false };
const BLANK: Adjacent = { text: null, el: null, ctl: null, tight: true, slot: true };

export function valueBesideLabel(
  ctx: ReadContext,
  m: QMatch,
  limit: number,
  own: string | null,
): Adjacent {
  if (m.colonValue !== undefined) {
    const lines = linesOf(ctx.idx, m.el);
    const at = lines.search(/[:*]/);
    const t = valueText(at >= 0 ? lines.slice(at + 1) : m.colonValue);
    return { text: t || null, el: m.el, ctl: null, tight: true, slot: true };
  }
  if (m.after) {
    const v = scanSiblings(ctx, m.after, limit, own);
    if (v.text != null || v.ctl) return { ...v, tight: true };
    if (own && v.blocked) return NONE;
    if (own && v.slot) return { ...BLANK, el: m.el };
  }
  const cell = m.el.closest(CELL);
  if (cell && normaliseLabel(textOf(ctx.idx, cell)) === normaliseLabel(textOf(ctx.idx, m.el)))
    return inNextCells(ctx, cell, own);
  const dt = m.el.localName === 'dt' ? m.el : m.el.closest('dt');
  if (dt) return inDefinition(ctx, dt, own);
  return inFollowingSiblings(ctx, m.el, limit, own);
}

function inNextCells(ctx: ReadContext, cell: Element, own: string | null): Adjacent {
  for (let s = cell.nextElementSibling; s; s = s.nextElementSibling) {
    const first = s === cell.nextElementSibling;
    if (own && notASlot(ctx, s, own)) return first ? NONE : BLANK;
    const cs = ctlsIn(ctx.idx, s);
    if (cs.length) {
      const found = { text: null, el: s, ctl: cs[0], tight: true, slot: true };
      if (own) return ownCtl(ctx, cs[0]) ? found : first ? NONE : BLANK;
      return !ctlEditable(cs[0]) ? found : BLANK;
    }
    const t = valueText(linesOf(ctx.idx, s));
    if (t) return { text: t, el: s, ctl: null, tight: true, slot: true };
  }
  return own && !cell.nextElementSibling ? NONE : BLANK;
}

function inDefinition(ctx: ReadContext, dt: Element, own: string | null): Adjacent {
  const parts: string[] = [];
  let el: Element | null = null;
  let slot = false;
  for (let s = dt.nextElementSibling; s && s.localName !== 'dt'; s = s.nextElementSibling) {
    if (own && notASlot(ctx, s, own)) break;
    slot = true;
    const cs = ctlsIn(ctx.idx, s);
    if (cs.length && parts.length === 0) {
      if (own && !ownCtl(ctx, cs[0])) break;
      return { text: null, el: s, ctl: cs[0], tight: true, slot: true };
    }
    const t = linesOf(ctx.idx, s);
    if (t) {
      parts.push(t);
      el ??= s;
    }
  }
  return {
    text: valueText(parts.join('\n')) || null,
    el,
    ctl: null,
    tight: true,
    slot: slot || !own,
  };
}

/** The label's following siblings; first out of wrappers that hold the label alone. */
function inFollowingSiblings(
  ctx: ReadContext,
  label: Element,
  limit: number,
  own: string | null,
): Adjacent {
  let node: Element = label;
  for (
    let p = node.parentElement;
    p && !isRowish(p) && holdsOnly(ctx.idx, p, node);
    p = p.parentElement
  )
    node = p;
  for (let climb = 0; climb < 3; climb++) {
    const v = scanSiblings(ctx, node, limit, own);
    if (v.text != null || v.ctl) return v;
    // an empty value slot (an element after the label) means: no value
    if (v.slot) return { ...NONE, slot: true };
    // another question (or a heading) straight after the label: it has no slot of its own
    if (own && v.blocked) break;
    const parent = node.parentElement;
    if (!parent || isRowish(parent) || parent === ctx.idx.doc.body || (own && isPanel(ctx, parent)))
      break;
    node = parent;
  }
  return NONE;
}

/** For a value shown as text: an element that cannot be (or hold) its value: a heading, another field's label. */
function notASlot(ctx: ReadContext, e: Element, own: string): boolean {
  return e.matches(HEADING) || !!e.querySelector(HEADING) || holdsOtherLabel(ctx, e, own);
}

/** For a value shown as text: a control that may show it (read-only, and no other field's). */
function ownCtl(ctx: ReadContext, c: Ctl): boolean {
  return !ctlEditable(c) && !ctx.claims.isClaimed(c);
}

/**
 * The text (or read-only control) after a node among its siblings, up to the next question.
 * `blocked`: the next question (or, for `own`, what cannot be its value) came before any slot.
 */
function scanSiblings(
  ctx: ReadContext,
  node: Node,
  limit: number,
  own: string | null,
): Adjacent & { blocked: boolean } {
  const idx = ctx.idx;
  const parts: string[] = [];
  let el: Element | null = null;
  let slot = false;
  let blocked = false;
  for (let s = node.nextSibling; s; s = s.nextSibling) {
    if (s.nodeType === 3) {
      const t = s.nodeValue ?? '';
      if (t.trim()) {
        slot = true;
        parts.push(t);
      }
      continue;
    }
    if (s.nodeType !== 1) continue;
    const e = s as Element;
    const p = idx.pos.get(e);
    if (p === undefined) continue; // script, style and the like
    if (p >= limit || hasBoundaryIn(ctx, e) || (own && notASlot(ctx, e, own))) {
      // without `own`, the next question ends an empty slot: no value
      if (!own) slot = true;
      blocked = !slot;
      break;
    }
    if (e.localName === 'br') {
      parts.push('\n');
      continue;
    }
    if (isAction(idx, e)) continue;
    const c = idx.ctlByEl.get(e) ?? ctlsIn(idx, e)[0];
    if (c) {
      if (own ? ownCtl(ctx, c) : true) {
        if (!valueText(parts.join('')) && (own || !ctlEditable(c)))
          return { text: null, el: e, ctl: c, tight: false, slot: true, blocked: false };
        slot = true;
      } else blocked = !slot;
      break;
    }
    if (!DECORATIVE.has(e.localName)) slot = true;
    const t = linesOf(idx, e);
    if (t) {
      el ??= e;
      parts.push(TEXT_BLOCKS.has(e.localName) ? `\n${t}\n` : t);
    }
  }
  const text = valueText(parts.join(''));
  if (text)
    return {
      text,
      el: el ?? node.parentElement,
      ctl: null,
      tight: false,
      slot: true,
      blocked: false,
    };
  return { text: null, el: null, ctl: null, tight: false, slot, blocked };
}
