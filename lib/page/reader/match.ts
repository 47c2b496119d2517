/**
 * Step 1 of a reading: the page's texts matched to the labels of this page kind's fields, to the
 * section headings and to the tab names (text.ts has the matching policy). Texts inside links,
 * buttons, tab headers, option captions and column header rows are not questions.
 */
import { STEP_TABS, TABS } from '../kinds';
import {
  displayLabel,
  dropRequiredMarker,
  firstWords,
  labelBeforeValue,
  matchLabel,
  normaliseLabel,
  normaliseLabelHead,
  PREFIX_MIN_WORDS,
  splitLabelValue,
} from '../text';
import { isChoiceInput } from './controls';
import type { QMatch, ReadContext } from './context';
import { mayBeLabel, pushTo, type LabelEntry } from './labels';
import { ctlsIn, textOf } from './query';
import { sectionOf } from './sections';
import type { Block } from './walk';
import { toEnd } from './parts';

/** A label of a field shown as text, the only kind matched as "Label: value". */
const isShownField = (e: LabelEntry): boolean => e.field.kind === 'shown';

/** One text considered: where it is, and the block it is (null for a lead text or an aria-label). */
interface Candidate {
  el: Element;
  raw: string;
  order: number;
  end: number;
  block: Block | null;
  /** for a lead text: the text node, and the block holding it */
  after?: Node;
  context?: Block;
}

/** Page texts considered between two pauses of a matching taken in parts. */
const MATCH_PART = 60;

/** Matches the page's texts to the questions, section headings and tab names it may show. */
export function matchTexts(ctx: ReadContext): void {
  toEnd(matchTextsInParts(ctx));
}

/** The same in parts (parts.ts): a pause after every MATCH_PART texts. */
export function* matchTextsInParts(ctx: ReadContext): Generator<void, void> {
  const set = ctx.labels;
  const idx = ctx.idx;
  const tabNorms = new Set<string>();
  if (ctx.kind === 'carers-review' || ctx.kind === 'carers-conversation')
    for (const k of STEP_TABS[ctx.kind]) tabNorms.add(normaliseLabel(TABS[k]));
  const top: number[] = [];

  const consider = (c: Candidate): boolean => {
    const norm = normaliseLabelHead(c.raw, set.longest);
    if (!norm) return false;
    if (c.block) {
      if (tabNorms.has(norm)) ctx.tabBlocks.push(c.block);
      const sec = sectionOf(norm);
      if (sec && !c.block.inAction) {
        ctx.markers.push({ order: c.order, number: sec.number, role: sec.role, el: c.el });
        top.push(c.order);
        return true;
      }
    }
    const hit = labelsMatched(ctx, c, norm);
    if (!hit) return false;
    if (!mayBeQuestion(ctx, c.el, c.block ?? c.context ?? null)) return false;
    const shown = c.block ? dropRequiredMarker(c.block.text) : displayLabel(c.raw);
    for (const e of hit.entries) {
      if (hit.quality === 'colon' && !isShownField(e)) continue;
      const m: QMatch = {
        field: e.field,
        el: c.el,
        order: c.order,
        end: c.end,
        quality: hit.quality,
        text: shown,
        colonValue: hit.colonValue,
        after: c.after,
      };
      pushTo(ctx.matches, e.field.id, m);
      if (!e.field.within) top.push(c.order);
    }
    return true;
  };

  for (const [i, b] of idx.blocks.entries()) {
    if (i > 0 && i % MATCH_PART === 0) yield;
    const whole =
      b.raw.length <= 800 &&
      (!b.hasControl || b.el.localName === 'label') &&
      mayBeLabel(set, b.raw);
    if (whole && consider({ el: b.el, raw: b.raw, order: b.order, end: b.end, block: b })) continue;
    // a question written as the first text of an element that also holds its answer:
    // "Suggested budget <b>600</b>", "Does your GP know you are a carer? <input type=radio> Yes …"
    const lead = b.lead;
    const leadText = lead?.nodeValue ?? '';
    if (lead && mayBeLabel(set, leadText))
      consider({
        el: b.el,
        raw: leadText,
        order: b.order,
        end: b.order,
        block: null,
        after: lead,
        context: b,
      });
  }
  for (const el of idx.ariaLabelled) {
    const o = idx.pos.get(el);
    const label = el.getAttribute('aria-label') ?? '';
    if (o === undefined || !mayBeLabel(set, label)) continue;
    consider({ el, raw: label, order: o, end: idx.ends[o], block: null });
  }
  keepInnermost(ctx);
  ctx.labelAt.sort((a, b) => a.order - b.order);
  ctx.markers.sort((a, b) => a.order - b.order);
  ctx.boundaries = Array.from(new Set(top)).sort((a, b) => a - b);
}

/** The labels a text matches: exactly, as "Label: value" in one piece, or by prefix. */
function labelsMatched(
  ctx: ReadContext,
  c: Candidate,
  norm: string,
): { entries: LabelEntry[]; quality: QMatch['quality']; colonValue?: string } | null {
  const set = ctx.labels;
  const exact = set.exact.get(norm);
  if (exact) return { entries: exact, quality: 'exact' };
  // "Label: value" / "Label* value" in one piece, for values shown as text
  const label = labelBeforeValue(c.raw);
  const byLabel =
    label === null ? undefined : set.exact.get(normaliseLabelHead(label, set.longest));
  if (byLabel && byLabel.some(isShownField)) {
    const value = splitLabelValue(c.block ? c.block.text : c.raw)!.value;
    return { entries: byLabel, quality: 'colon', colonValue: value };
  }
  const starts = set.byStart.get(firstWords(norm, PREFIX_MIN_WORDS)) ?? [];
  const prefixes = starts.filter((e) => matchLabel(norm, e.norm) === 'prefix');
  return prefixes.length ? { entries: prefixes, quality: 'prefix' } : null;
}

/** A question nested in another match of the same field: keep the innermost. */
function keepInnermost(ctx: ReadContext): void {
  for (const [id, list] of ctx.matches) {
    list.sort((a, b) => a.order - b.order);
    const kept = list.filter((m, i) => {
      const next = list[i + 1];
      return !(next && next.order > m.order && next.order <= m.end && next.el !== m.el);
    });
    ctx.matches.set(id, kept);
    for (const m of kept) ctx.labelAt.push({ order: m.order, id });
  }
}

const ACTION_ANCESTOR =
  'a[href], button, [role="button"], [role="link"], [role="tab"], [role="menuitem"]';

/** Texts inside links, buttons, tab headers, option captions and column header rows are not questions. */
function mayBeQuestion(ctx: ReadContext, el: Element, block: Block | null): boolean {
  const idx = ctx.idx;
  if (block ? block.inAction : !!el.closest(ACTION_ANCESTOR)) return false;
  const label = block ? block.label : el.localName === 'label' ? el : el.closest('label');
  if (label && isOptionCaption(ctx, label)) return false;
  // a whole row of column headers ("Date of Birth Gender Ethnicity" by prefix) is no question either
  if (el.localName === 'tr' && isHeaderRow(ctx, el)) return false;
  const cell = block
    ? (block.cell ?? (el.getAttribute('role') === 'columnheader' ? el : null))
    : el.closest('th, td, [role="columnheader"]');
  if (cell) {
    if (cell.getAttribute('role') === 'columnheader') return false;
    const row = cell.parentElement;
    if (row && isHeaderRow(ctx, row)) return false;
  }
  // a bare caption right after a radio or tick box (no text between: " No" then a question is not)
  const prev = previousNode(el);
  if (prev && isChoiceInput(prev) && !el.querySelector('input, select, textarea')) {
    const p = idx.pos.get(el);
    if (p !== undefined && idx.ends[p] === p) return false;
  }
  return true;
}

/** The element's previous sibling element, or null when a text stands between them. */
function previousNode(el: Element): Element | null {
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 1) return n as Element;
    if (n.nodeType === 3 && n.nodeValue?.trim()) return null;
  }
  return null;
}

/** A label of a radio button or tick box (by `for`, or wrapping only such inputs). */
function isOptionCaption(ctx: ReadContext, label: Element): boolean {
  const f = label.getAttribute('for');
  const target = f ? ctx.idx.doc.getElementById(f) : null;
  if (target && isChoiceInput(target)) return true;
  if (f && target) return false;
  const inside = ctlsIn(ctx.idx, label);
  return inside.length > 0 && inside.every((c) => c.kind === 'radio' || c.kind === 'checkbox');
}

/** A table row of column headers: in <thead>, all <th>, or two cells or more naming columns. */
export function isHeaderRow(ctx: ReadContext, row: Element): boolean {
  if (row.parentElement?.localName === 'thead') return true;
  const cells = Array.from(row.children).filter(
    (c) => c.localName === 'td' || c.localName === 'th',
  );
  if (cells.length < 2) return false;
  if (cells.every((c) => c.localName === 'th')) return true;
  if (ctlsIn(ctx.idx, row).length > 0) return false;
  const named = cells.filter((c) => ctx.labels.anyColumn.has(normaliseLabel(textOf(ctx.idx, c))));
  return named.length >= 2;
}
