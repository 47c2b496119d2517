/**
 * A field with a question: its controls found by the ways of reading (strategies/), in order of
 * trust, or its value shown as text beside the label; then its value, options and focus target.
 */
import type { FieldDef } from '../../fields';
import { emptyField } from '../../empty-field';
import { canonicalOption, isPlaceholderOption } from '../../option-text';
import { nextBoundary } from '../boundaries';
import { inOwnPlace } from '../layout';
import {
  caption,
  compatible,
  ctlEditable,
  ctlValue,
  hasOwnCaption,
  isChecked,
  selectOptions,
  selectText,
  siblingText,
} from '../controls';
import type { QMatch, ReadContext, Resolved } from '../context';
import { pushTo } from '../labels';
import { placeScore, UNBEATABLE } from '../scores';
import { EXPLICIT_STRATEGIES, STRATEGIES, type Strategy } from '../strategies';
import { valueBesideLabel } from '../strategies/value-beside-label';
import type { Ctl } from '../walk';

/** A question field (not a table, not within another, not the free-text areas). */
export function readQuestion(ctx: ReadContext, def: FieldDef): void {
  const shown = def.kind === 'shown';
  let best: { m: QMatch; r: Resolved; score: number } | null = null;
  for (const m of ctx.matches.get(def.id) ?? []) {
    if (shown && !inOwnPlace(ctx, def, m)) continue;
    const r = resolve(ctx, def, m, nextBoundary(ctx, m.end));
    // a value shown as text needs a place of its own beside its label: else it is not found here
    if (shown && r.ctls.length === 0 && !r.slot) continue;
    const score = placeScore(m, r);
    if (!best || score > best.score) best = { m, r, score };
    if (score >= UNBEATABLE) break;
  }
  if (best) store(ctx, def, best.m, best.r);
}

/** Note a field as found, with its controls claimed. */
export function store(ctx: ReadContext, def: FieldDef, m: QMatch | null, r: Resolved): void {
  const snap = emptyField(def.id);
  snap.found = true;
  snap.value = r.value;
  snap.values = r.values;
  snap.options = r.options;
  snap.editable = r.ctls.some(ctlEditable);
  snap.control = def.id;
  const question = m?.el ?? null;
  const shownBy = question ?? r.target ?? r.ctls[0]?.el ?? null;
  snap.shown = shownBy ? ctx.shown(shownBy) : false;
  ctx.claims.claim(r.ctls);
  const order = m ? m.order : (r.ctls[0]?.order ?? 0);
  let end = m ? m.end : order;
  for (const c of r.ctls) if (c.order > end) end = c.order;
  ctx.found.set(def.id, {
    def,
    snap,
    question,
    target: r.target,
    ctls: r.ctls,
    order,
    end,
    label: m?.text ?? null,
  });
}

/** Note the controls the page itself ties to each recognised question (claims.ts, rule 1). */
export function tieExplicitControls(ctx: ReadContext): void {
  for (const [id, list] of ctx.matches) {
    for (const m of list) {
      const def = m.field;
      if (def.kind === 'table' || def.kind === 'areas') continue;
      for (const c of controlsBy(ctx, def, m, 0, EXPLICIT_STRATEGIES)) ctx.claims.tie(c, id);
    }
  }
}

/** Controls and value of a question. */
export function resolve(ctx: ReadContext, def: FieldDef, m: QMatch, limit: number): Resolved {
  const ctls = controlsBy(
    ctx,
    def,
    m,
    limit,
    def.kind === 'shown' ? EXPLICIT_STRATEGIES : STRATEGIES,
  );
  if (ctls.length > 0) return valueFrom(ctx, def, ctls);
  // no control: a value shown as text beside the label
  const v = valueBesideLabel(ctx, m, limit, def.kind === 'shown' ? def.id : null);
  if (v.ctl) return valueFrom(ctx, def, [v.ctl]);
  const r: Resolved = {
    ctls: [],
    value: null,
    values: [],
    options: def.options && (def.kind === 'choice' || def.kind === 'multi') ? [...def.options] : [],
    target: v.el as HTMLElement | null,
    tight: v.tight,
    slot: v.slot,
  };
  if (v.text != null) {
    if (def.kind === 'multi')
      r.values = v.text
        .split(/\s*[\n,;]\s*/)
        .filter(Boolean)
        .map((t) => canonicalOption(t, def.options));
    else r.value = def.kind === 'choice' ? canonicalOption(v.text, def.options) : v.text;
  }
  return r;
}

/** The first way of reading (in `ways`' order) that finds compatible controls, picked to one answer. */
function controlsBy(
  ctx: ReadContext,
  def: FieldDef,
  m: QMatch,
  limit: number,
  ways: readonly Strategy[],
): Ctl[] {
  const explicitOk = (c: Ctl) => compatible(def.kind, c, true);
  const freeOk = (c: Ctl) => compatible(def.kind, c, false) && ctx.claims.isFree(c, def.id);
  for (const way of ways) {
    const found = way.find({ ctx, m, limit, accept: way.explicit ? explicitOk : freeOk });
    if (found.length === 0) continue;
    if (way.explicit && found[0].kind === 'radio' && def.kind === 'choice')
      return radioGroup(ctx, found[0]);
    return pick(ctx, def, found, way.name === 'proximity');
  }
  return [];
}

/** The controls of one answer among candidates (a select, a radio group, the tick boxes, one box). */
function pick(ctx: ReadContext, def: FieldDef, list: Ctl[], proximity: boolean): Ctl[] {
  const first = list[0];
  if (def.kind === 'multi') {
    if (first.kind === 'multiselect') return [first];
    return list.filter((c) => c.kind === 'checkbox');
  }
  if (def.kind !== 'choice' || first.kind !== 'radio') return [first];
  if (first.el.getAttribute('name')) return radioGroup(ctx, first);
  if (!proximity) return list.filter((c) => c.kind === 'radio');
  // unnamed radios after the question: the run of them up to the first named one
  const out: Ctl[] = [];
  for (const c of list) {
    if (c.kind !== 'radio' || c.el.getAttribute('name')) break;
    out.push(c);
  }
  return out;
}

/** The radio buttons sharing this one's name (in its form), in document order. */
function radioGroup(ctx: ReadContext, first: Ctl): Ctl[] {
  const name = first.el.getAttribute('name');
  if (!name) return [first];
  const byName = (ctx.radiosByName ??= radiosByName(ctx.idx.ctls));
  const all = byName.get(name) ?? [first];
  const form = (first.el as HTMLInputElement).form ?? null;
  return all.length === 1
    ? all
    : all.filter((c) => ((c.el as HTMLInputElement).form ?? null) === form);
}

function radiosByName(ctls: readonly Ctl[]): Map<string, Ctl[]> {
  const out = new Map<string, Ctl[]>();
  for (const c of ctls) {
    const n = c.kind === 'radio' ? c.el.getAttribute('name') : null;
    if (n) pushTo(out, n, c);
  }
  return out;
}

/** The value, the values ticked, the options offered and the element to focus. */
export function valueFrom(ctx: ReadContext, def: FieldDef, ctls: Ctl[]): Resolved {
  const idx = ctx.idx;
  const r: Resolved = { ctls, value: null, values: [], options: [], target: null };
  const first = ctls[0];
  if (first.kind === 'radio' || first.kind === 'checkbox') {
    // bare captions before their inputs: the last input has nothing after it, the first has text before
    const last = ctls[ctls.length - 1].el;
    const before =
      ctls.length > 1 &&
      !siblingText(idx, last, 'next') &&
      !!siblingText(idx, first.el, 'prev') &&
      !hasOwnCaption(idx, first.el);
    for (const c of ctls) {
      const cap = canonicalOption(caption(idx, c, def.options, before), def.options);
      r.options.push(cap);
      if (isChecked(c)) {
        if (def.kind === 'multi') r.values.push(cap);
        else if (r.value == null) r.value = cap;
      }
    }
    r.target = (ctls.find(isChecked) ?? first).el;
  } else if (first.kind === 'select' || first.kind === 'multiselect') {
    const sel = first.el as HTMLSelectElement;
    r.options = selectOptions(sel).map((t) => canonicalOption(t, def.options));
    if (first.kind === 'multiselect') {
      for (const o of Array.from(sel.options))
        if (o.selected && !isPlaceholderOption(o.textContent))
          r.values.push(canonicalOption(o.textContent ?? '', def.options));
    } else {
      const t = selectText(sel);
      if (t != null) {
        if (def.kind === 'multi') r.values.push(canonicalOption(t, def.options));
        else
          r.value =
            def.kind === 'choice' || def.kind === 'shown' ? canonicalOption(t, def.options) : t;
      }
    }
    r.target = first.el;
  } else {
    const v = ctlValue(first);
    if (def.kind === 'multi') r.values = v ? [v] : [];
    else r.value = def.kind === 'choice' && v != null ? canonicalOption(v, def.options) : v;
    r.target = first.el;
  }
  if (def.kind !== 'choice' && def.kind !== 'multi') r.options = [];
  return r;
}
