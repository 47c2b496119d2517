/**
 * What a reading hands out (PageReading): the snapshot, built from what the steps found, and the
 * maps to jump from a finding to its field. And a re-read of the values alone, from the controls
 * found before, for a page whose structure has not changed.
 */
import { conditionState } from '../condition';
import { emptyField } from '../empty-field';
import { tabName } from '../kinds';
import type { FieldSnapshot, PageSnapshot } from '../snapshot';
import { ctlEditable, ctlValue } from './controls';
import type { Found, ReadContext } from './context';
import type { ControlChanges } from './control-states';
import { valueFrom } from './fields/question';
import { parseTable } from './fields/table-rows';
import type { PageReading } from './types';
import { ShownCache } from './visibility';

export function buildReading(ctx: ReadContext, worker: string | null): PageReading {
  const d = ctx.detection;
  const snapshot: PageSnapshot = {
    kind: d.kind,
    person: { id: d.personId, name: d.personName },
    worker,
    tabs: ctx.tabs.map((t) => ({ name: t.name, active: t.active, loaded: t.loaded })),
    fields: {},
    notFound: [],
  };
  const labels = new Map<string, string>();
  for (const def of ctx.defs) {
    const f = ctx.found.get(def.id);
    snapshot.fields[def.id] = f ? copyField(f.snap) : emptyField(def.id);
    if (f?.label) labels.set(def.id, f.label);
  }
  const unloaded = new Set(ctx.tabs.filter((t) => !t.loaded).map((t) => t.name));
  for (const def of ctx.defs) {
    if (snapshot.fields[def.id].found) continue;
    if (def.shownWhen && conditionState(snapshot, def.shownWhen) !== 'open') continue;
    const tab = tabName(d.kind, def.tab);
    if (tab && unloaded.has(tab)) continue;
    snapshot.notFound.push(def.id);
  }
  return {
    snapshot,
    controls: new Map(ctx.controls),
    questions: new Map(ctx.questions),
    labels,
  };
}

function copyField(s: FieldSnapshot): FieldSnapshot {
  return {
    ...s,
    values: [...s.values],
    options: [...s.options],
    rows: s.rows.map((r) => ({ cells: { ...r.cells }, control: r.control })),
    areas: s.areas.map((a) => ({ ...a })),
  };
}

/**
 * Read the values again from the same controls (the page's structure is unchanged). False when
 * the page no longer fits (a row added to a table). After typing alone (`changes.typingOnly`),
 * only the fields whose controls changed are read again, and what is shown is kept, unless
 * `askShown` (the page went unwatched meanwhile: session.ts).
 */
export function refreshValues(
  ctx: ReadContext,
  changes: ControlChanges,
  askShown = false,
): boolean {
  const typing = !askShown && changes.typingOnly && changes.changed.size > 0;
  // a conditional question may open through the page's CSS alone (`:checked ~ …`): asked afresh
  if (!typing) ctx.visibility = new ShownCache();
  for (const f of ctx.found.values()) {
    if (typing && !touches(f, changes.changed)) continue;
    if (!refreshField(ctx, f, !typing)) return false;
  }
  return true;
}

/** Does this field read any of these controls? */
function touches(f: Found, changed: ReadonlySet<Element>): boolean {
  for (const c of f.ctls) if (changed.has(c.el)) return true;
  if (f.table) for (const el of changed) if (f.table.el.contains(el)) return true;
  return false;
}

function refreshField(ctx: ReadContext, f: Found, askShown: boolean): boolean {
  const def = f.def;
  const s = f.snap;
  const anchor =
    !askShown || def.kind === 'areas' || !(def.shownWhen || def.within)
      ? null
      : (f.question ?? f.target ?? f.ctls[0]?.el ?? null);
  if (anchor) s.shown = ctx.shown(anchor);
  if (def.kind === 'table') {
    if (!f.table || f.table.how !== 'table') return true;
    const cols = ctx.labels.columns.get(def.id) ?? [];
    const t = parseTable(ctx, f.table.el, cols, !!def.positional);
    if (!t || t.rows.length !== s.rows.length) return false;
    s.rows = t.rows.map((row, i) => ({ cells: row.cells, control: s.rows[i].control }));
    return true;
  }
  if (def.kind === 'areas') {
    s.areas = s.areas.map((a, i) => ({
      ...a,
      value: f.ctls[i] ? (ctlValue(f.ctls[i]) ?? '') : a.value,
    }));
    return true;
  }
  if (f.ctls.length === 0) return true;
  const r = valueFrom(ctx, def, f.ctls);
  s.value = r.value;
  s.values = r.values;
  s.options = r.options;
  s.editable = f.ctls.some(ctlEditable);
  if (r.target && s.control) ctx.controls.set(s.control, r.target);
  return true;
}
