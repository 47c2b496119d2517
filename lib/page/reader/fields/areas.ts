/**
 * The free-text areas of Section 2 ("seven areas/ text boxes to complete"): identified by where
 * they are, between the Section 2 heading and Section 3, not by label (forms.md), unless the
 * council's settings name them (`labelOverrides`).
 */
import type { FieldDef } from '../../fields';
import { emptyField } from '../../empty-field';
import type { Area } from '../../snapshot';
import { displayLabel, normaliseLabel } from '../../text';
import { ctlEditable, ctlValue, isTextArea } from '../controls';
import type { Found, ReadContext } from '../context';
import { SEPARATOR_ONLY } from '../elements';
import { blocksBetween, ctlsBetween, textOf, within } from '../query';
import type { Ctl } from '../walk';

export function readAreas(ctx: ReadContext, def: FieldDef): void {
  const idx = ctx.idx;
  const bounds = sectionTwo(ctx);
  if (!bounds) return;
  const { start, end, heading } = bounds;
  const panel =
    ctx.tabs.find((t) => t.panel && heading && within(idx, t.panel, heading))?.panel ?? null;
  const headingShown = heading ? ctx.shown(heading) : true;
  const configured = (ctx.overrides[def.id] ?? []).map(normaliseLabel).filter(Boolean);
  const snap = emptyField(def.id);
  const ctls: Ctl[] = [];
  let prev = start;
  for (const c of ctlsBetween(idx, start, end)) {
    const isArea = isTextArea(c.el) || (configured.length > 0 && c.kind === 'text');
    const skip =
      !isArea ||
      ctx.claims.isClaimed(c) ||
      (panel && !within(idx, panel, c.el)) ||
      (c.el.closest('table, [role="table"], [role="grid"]') && inFieldTable(ctx, c)) ||
      (headingShown && !ctx.shown(c.el));
    if (skip) {
      prev = c.order;
      continue;
    }
    const lab = areaLabel(ctx, c, prev);
    prev = c.order;
    if (configured.length && !isTextArea(c.el) && !configured.includes(normaliseLabel(lab.text)))
      continue;
    const key = `${def.id}/${snap.areas.length}`;
    snap.areas.push({ label: lab.text, value: ctlValue(c) ?? '', control: key } satisfies Area);
    ctx.controls.set(key, c.el);
    ctx.questions.set(key, (lab.el ?? c.el) as HTMLElement);
    ctls.push(c);
  }
  if (snap.areas.length === 0) return;
  snap.found = true;
  snap.control = snap.areas[0].control;
  snap.editable = ctls.some(ctlEditable);
  snap.shown = ctls.some((c) => ctx.shown(c.el));
  ctx.found.set(def.id, {
    def,
    snap,
    question: heading,
    target: ctls[0].el,
    ctls,
    order: start,
    end,
    label: null,
  });
}

/** Where Section 2 starts (its heading) and ends (Section 3, its first question, another section). */
function sectionTwo(
  ctx: ReadContext,
): { start: number; end: number; heading: Element | null } | null {
  // (markers are never inside a link or a button: see match.ts)
  const s2all = ctx.markers.filter((mk) => mk.role === 'form' && mk.number === 2);
  const firstS2 = ctx.defs
    .filter((d) => d.section === 2 && d.tab === 'form' && d.kind !== 'areas')
    .map((d) => ctx.found.get(d.id))
    .filter((f): f is Found => !!f)
    .sort((a, b) => a.order - b.order)[0];
  let start: number | null = null;
  let heading: Element | null = null;
  if (s2all.length) {
    // the real heading is the last "2." heading before the first question of Section 2
    const before = firstS2 ? s2all.filter((mk) => mk.order < firstS2.order) : s2all;
    const mk = before[before.length - 1] ?? s2all[s2all.length - 1];
    start = mk.order;
    heading = mk.el;
  }
  if (start == null && firstS2) start = firstS2.order - 1;
  if (start == null) return null;
  const from = start;
  let end = Number.MAX_SAFE_INTEGER;
  const s3 = ctx.markers.find((mk) => mk.role === 'form' && mk.number === 3 && mk.order > from);
  if (s3) end = s3.order;
  for (const d of ctx.defs) {
    if (d.section !== 3 || d.tab !== 'form') continue;
    const f = ctx.found.get(d.id);
    if (f && f.order > from && f.order < end) end = f.order;
  }
  const otherSection = ctx.markers.find(
    (mk) => mk.order > from && mk.order < end && (mk.role !== 'form' || mk.number !== 2),
  );
  if (otherSection) end = otherSection.order;
  return { start, end, heading };
}

function inFieldTable(ctx: ReadContext, c: Ctl): boolean {
  for (const f of ctx.found.values()) if (f.snap.rows.length && f.ctls.includes(c)) return true;
  return false;
}

/** The text of an area's question: its label, or the last text between the previous control and it. */
function areaLabel(ctx: ReadContext, c: Ctl, prev: number): { text: string; el: Element | null } {
  const idx = ctx.idx;
  const el = c.el;
  if (el.id) {
    const l = idx.labelFor.get(el.id);
    if (l?.length) return { text: displayLabel(textOf(idx, l[0])), el: l[0] };
  }
  const wrap = el.closest('label');
  if (wrap && textOf(idx, wrap)) return { text: displayLabel(textOf(idx, wrap)), el: wrap };
  const lb = el.getAttribute('aria-labelledby');
  if (lb) {
    const ref = idx.doc.getElementById(lb.split(/\s+/)[0]);
    if (ref) return { text: displayLabel(textOf(idx, ref)), el: ref };
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return { text: displayLabel(aria), el: null };
  const cell = el.closest('td, [role="cell"], [role="gridcell"]');
  if (cell) {
    for (let s = cell.previousElementSibling; s; s = s.previousElementSibling) {
      const t = textOf(idx, s);
      if (t) return { text: displayLabel(t), el: s };
    }
  }
  const between = blocksBetween(idx, prev, c.order).filter(
    (b) => !b.hasControl && !SEPARATOR_ONLY.test(b.text.replace(/\*/g, '')),
  );
  if (!between.length) return { text: '', el: null };
  // the outermost of the blocks that end last (a question with its "*")
  let best = between[0];
  for (const b of between)
    if (b.end > best.end || (b.end === best.end && b.order < best.order)) best = b;
  return { text: displayLabel(best.text), el: best.el };
}
