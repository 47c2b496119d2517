/**
 * Where a field sits: the tab whose panel holds it (else its role's tab) and the numbered section
 * heading before it; and, for a value shown as text, whether a label is in the field's own place.
 */
import type { FieldDef } from '../fields';
import { tabName } from '../kinds';
import type { Found, QMatch, ReadContext } from './context';
import { upperBound, within } from './query';

/** The tab whose panel holds the element, if any. */
function panelTab(ctx: ReadContext, el: Element) {
  return ctx.tabs.find((t) => t.panel && within(ctx.idx, t.panel, el));
}

/** A tab panel of the step. */
export function isPanel(ctx: ReadContext, el: Element): boolean {
  return ctx.tabs.some((t) => t.panel === el);
}

export function tabOf(ctx: ReadContext, def: FieldDef, el: Element): string | null {
  return panelTab(ctx, el)?.name ?? tabName(ctx.kind, def.tab);
}

export function sectionFor(ctx: ReadContext, def: FieldDef, el: Element): number | null {
  if (ctx.kind === 'person-summary') return null;
  if (def.tab !== 'form' && def.tab !== 'actions') return null;
  const order = ctx.idx.pos.get(el) ?? -1;
  const panel = panelTab(ctx, el)?.panel ?? null;
  const markers = ctx.markers;
  for (let i = upperBound(markers, order, (m) => m.order) - 1; i >= 0; i--) {
    const m = markers[i];
    if (panel && !within(ctx.idx, panel, m.el)) break;
    if (m.role !== def.tab) continue;
    if (m.number != null) return m.number;
    break;
  }
  return def.tab === 'form' ? def.section : null;
}

/**
 * May a label of a value shown as text be its question here? Only on the field's own tab and in
 * its own section, where the page says which (a tab panel, a numbered section heading before it
 * in the same panel): a heading "Gender" of the Person Details form is not the step's pre-filled
 * Gender.
 */
export function inOwnPlace(ctx: ReadContext, def: FieldDef, m: QMatch): boolean {
  const tab = panelTab(ctx, m.el);
  const own = tabName(ctx.kind, def.tab);
  if (tab && own && tab.name !== own) return false;
  if (ctx.kind === 'person-summary') return true;
  const markers = ctx.markers;
  for (let i = upperBound(markers, m.order, (x) => x.order) - 1; i >= 0; i--) {
    const mk = markers[i];
    if (tab && !within(ctx.idx, tab.panel!, mk.el)) break;
    if (mk.role !== def.tab) return false;
    return mk.number == null || def.section == null || mk.number === def.section;
  }
  return true;
}

/** Tab, section and the maps to jump to it, once a field is read. */
export function place(ctx: ReadContext, f: Found): void {
  const s = f.snap;
  const anchor = f.question ?? f.target ?? f.ctls[0]?.el ?? null;
  if (!anchor) return;
  s.tab = tabOf(ctx, f.def, anchor);
  s.section = sectionFor(ctx, f.def, anchor);
  if (s.control) {
    const target = f.target ?? (anchor as HTMLElement);
    ctx.controls.set(s.control, target);
    ctx.questions.set(s.control, (f.question ?? target) as HTMLElement);
  }
}
