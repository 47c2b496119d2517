/**
 * A table field (the cared-for people, the support plan, the service user groups): the table
 * after its label, or else one recognised by its column headers alone; its rows read by
 * table-rows.ts.
 */
import type { FieldDef } from '../../fields';
import { emptyField } from '../../empty-field';
import type { TableRow } from '../../snapshot';
import { nextBoundary } from '../boundaries';
import { ctlEditable } from '../controls';
import type { QMatch, ReadContext, TableLike } from '../context';
import type { ColumnLabels } from '../labels';
import { ctlsIn, endOf, orderOf } from '../query';
import type { Ctl } from '../walk';
import { headerMatch, parseList, parseSiblings, parseTable } from './table-rows';

export function readTable(ctx: ReadContext, def: FieldDef): void {
  const cands = ctx.matches.get(def.id) ?? [];
  const cols = ctx.labels.columns.get(def.id) ?? [];
  let chosen: { m: QMatch | null; table: TableLike } | null = null;
  for (const m of cands) {
    const t = tableAfter(ctx, def, m, cols);
    if (t) {
      chosen = { m, table: t };
      break;
    }
  }
  if (!chosen) {
    // no label, or no table after it: a table recognised by its header texts alone
    const t = tableByHeaders(ctx, def, cols);
    if (t) chosen = { m: cands[0] ?? null, table: t };
  }
  if (!chosen && cands.length === 0) return;
  const snap = emptyField(def.id);
  snap.found = true;
  snap.control = def.id;
  const m = chosen?.m ?? cands[0];
  let target: HTMLElement | null = null;
  const ctls: Ctl[] = [];
  if (chosen) {
    const t = chosen.table;
    ctls.push(...ctlsIn(ctx.idx, t.el));
    ctx.claims.claim(ctls);
    t.rows.forEach((row, i) => {
      const key = `${def.id}/row${i}`;
      const first = row.ctls[0] ?? null;
      snap.rows.push({ cells: row.cells, control: first ? key : null } satisfies TableRow);
      if (first) {
        ctx.controls.set(key, first.el);
        ctx.questions.set(key, (m?.el ?? t.el) as HTMLElement);
      }
    });
    target = t.el as HTMLElement;
    snap.editable =
      ctls.some(ctlEditable) ||
      !!t.el.querySelector('button:not([disabled]), input[type="button"]:not([disabled]), a[href]');
  }
  const question = m?.el ?? null;
  const placeEl = question ?? chosen!.table.el;
  snap.shown = ctx.shown(placeEl);
  const order = orderOf(ctx.idx, placeEl);
  const end = chosen ? endOf(ctx.idx, chosen.table.el) : order;
  ctx.found.set(def.id, {
    def,
    snap,
    question,
    target,
    ctls,
    order,
    end,
    label: m?.text ?? null,
    table: chosen ? { el: chosen.table.el, how: chosen.table.how } : undefined,
  });
}

/** The table a label introduces: its own (a caption inside it), or the first after it. */
function tableAfter(
  ctx: ReadContext,
  def: FieldDef,
  m: QMatch,
  cols: ColumnLabels[],
): TableLike | null {
  const idx = ctx.idx;
  const own = m.el.closest('table, [role="table"], [role="grid"]');
  if (own) {
    const t = parseTable(ctx, own, cols, !!def.positional);
    if (t) return t;
  }
  const limit = nextBoundary(ctx, m.end);
  for (const el of idx.tables) {
    const o = idx.pos.get(el)!;
    if (o <= m.end) continue;
    if (o >= limit) break;
    const t = parseTable(ctx, el, cols, !!def.positional);
    if (t) return t;
  }
  if (!def.positional) return null;
  for (const el of idx.lists) {
    const o = idx.pos.get(el)!;
    if (o <= m.end) continue;
    if (o >= limit) break;
    return parseList(ctx, el, cols);
  }
  return parseSiblings(ctx, m, cols, limit);
}

/** A table whose headers name this field's columns better than any other table field's. */
function tableByHeaders(ctx: ReadContext, def: FieldDef, cols: ColumnLabels[]): TableLike | null {
  if (cols.length === 0) return null;
  let best: { t: TableLike; score: number } | null = null;
  for (const el of ctx.idx.tables) {
    if (ctlsIn(ctx.idx, el).some((c) => ctx.claims.isClaimed(c))) continue;
    const t = parseTable(ctx, el, cols, false);
    if (!t || t.matched < Math.min(2, cols.length)) continue;
    let rival = false;
    for (const [other, ocols] of ctx.labels.columns) {
      if (other === def.id || !ctx.defs.some((d) => d.id === other)) continue;
      const h = headerMatch(t.headers, ocols);
      if (h > t.matched || (h === t.matched && ocols.length < cols.length)) rival = true;
    }
    if (rival) continue;
    const score = t.matched / cols.length;
    if (!best || score > best.score) best = { t, score };
  }
  return best?.t ?? null;
}
