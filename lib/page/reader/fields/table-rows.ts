/**
 * Rows of a table field, keyed by the field's columns: from a `<table>` or ARIA table (by header
 * text, else by position), from a list, or from the elements after a heading (a person summary's
 * panels, rows written as "Carer · No sub-group recorded (primary) · From 20 Jun 2023").
 */
import { cleanText, matchLabel, normaliseLabel } from '../../text';
import { hasBoundaryIn } from '../boundaries';
import type { QMatch, ReadContext, TableLike } from '../context';
import { ACTION_WORDS, holdsOnly, SEPARATOR_ONLY, TEXT_BLOCKS } from '../elements';
import { caption, ctlValue, isChecked } from '../controls';
import type { ColumnLabels } from '../labels';
import { ctlsIn, linesOf, textOf } from '../query';
import type { DomIndex } from '../walk';

type Row = TableLike['rows'][number];

/** Separators between the parts of a row written as one text: "Carer · …", "SPOUSE – Raj Shah". */
const ROW_SPLIT = /\s+[·•|–—-]\s+/;
/** A part that is a note in brackets ("(primary)"): it belongs with the part before it. */
const NOTE = /^\(.*\)$/;

/** How many of the columns the header texts name. */
export function headerMatch(headers: string[], cols: ColumnLabels[]): number {
  return cols.filter((c) => headers.some((h) => c.norms.some((l) => matchLabel(h, l)))).length;
}

export function parseTable(
  ctx: ReadContext,
  el: Element,
  cols: ColumnLabels[],
  positional: boolean,
): TableLike | null {
  const rows = tableRows(el);
  if (rows.length === 0)
    return positional ? { el, how: 'table', rows: [], headers: [], matched: 0 } : null;
  const { headers, start } = headerRows(ctx, rows, cols);
  let colOf: Array<string | null>;
  let matched = 0;
  if (headers) {
    colOf = headers.map((h) => {
      if (!h) return null;
      const exact = cols.find((c) => c.norms.includes(h));
      const c = exact ?? cols.find((c) => c.norms.some((l) => matchLabel(h, l) === 'prefix'));
      return c ? c.id : null;
    });
    matched = new Set(colOf.filter(Boolean)).size;
    if (matched === 0) return null;
  } else {
    if (!positional) return null;
    colOf = cols.map((c) => c.id);
  }
  const out: Row[] = [];
  for (const row of rows.slice(start)) {
    const r = readRow(ctx, row, colOf, !!headers);
    if (r) out.push(r);
  }
  return { el, how: 'table', rows: out, headers: headers ?? [], matched };
}

/** Header rows: <thead>, all <th>, role=columnheader, or a first row of column labels. */
function headerRows(
  ctx: ReadContext,
  rows: Element[],
  cols: ColumnLabels[],
): { headers: string[] | null; start: number } {
  let headers: string[] | null = null;
  let start = 0;
  for (let i = 0; i < rows.length && i < 3; i++) {
    const cells = rowCells(rows[i]);
    const isHeader =
      rows[i].parentElement?.localName === 'thead' ||
      (cells.length > 0 &&
        cells.every((c) => c.localName === 'th' || c.getAttribute('role') === 'columnheader'));
    const texts = cells.map((c) => normaliseLabel(textOf(ctx.idx, c)));
    const labelled = headerMatch(texts, cols);
    const noControls = ctlsIn(ctx.idx, rows[i]).length === 0;
    if (!isHeader && !(labelled > 0 && noControls && labelled >= Math.min(2, cols.length))) break;
    headers = expandSpans(cells, texts);
    start = i + 1;
  }
  return { headers, start };
}

/** One body row, or null for a row to leave out (a footer, a note across the table, an empty row). */
function readRow(
  ctx: ReadContext,
  row: Element,
  colOf: Array<string | null>,
  hasHeaders: boolean,
): Row | null {
  const idx = ctx.idx;
  if (row.parentElement?.localName === 'tfoot') return null;
  const cells = rowCells(row);
  if (cells.length === 0) return null;
  if (hasHeaders && cells.length === 1 && colOf.length > 1 && span(cells[0]) > 1) return null;
  const rowCtls = ctlsIn(idx, row);
  const values: Record<string, string> = {};
  const segments =
    !hasHeaders && cells.length === 1 && rowCtls.length === 0 ? splitSegments(idx, cells[0]) : null;
  const items = segments ?? cells.map((c) => cellValue(ctx, c));
  if (!hasHeaders && cells.every((c) => span(c) === 1)) joinNotes(items);
  let col = 0;
  let anyText = false;
  let lastId: string | null = null;
  items.forEach((v, k) => {
    const id = colOf[col];
    if (id && values[id] === undefined) values[id] = v;
    // a note in a column of no field's ("Notes: (primary)") stays with the row
    else if (!id && lastId && NOTE.test(v)) values[lastId] = cleanText(`${values[lastId]} ${v}`);
    if (id) lastId = id;
    if (v) anyText = true;
    col += segments ? 1 : span(cells[k]);
  });
  if (!anyText && (rowCtls.length === 0 || !ctx.shown(row))) return null;
  if (anyText && rowCtls.length === 0 && onlyActions(idx, row)) return null;
  return { cells: values, ctls: rowCtls };
}

function span(cell: Element): number {
  return Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1);
}

/** A cell's value: its controls' values (a radio or tick box by its caption), else its text. */
function cellValue(ctx: ReadContext, cell: Element): string {
  const cs = ctlsIn(ctx.idx, cell);
  if (cs.length === 0) return linesOf(ctx.idx, cell);
  const vals: string[] = [];
  for (const c of cs) {
    if (c.kind === 'radio' || c.kind === 'checkbox') {
      if (isChecked(c)) vals.push(caption(ctx.idx, c));
    } else {
      const v = ctlValue(c);
      if (v) vals.push(v);
    }
  }
  return vals.join(' ');
}

/** A row made only of links and buttons such as Add, Find, Delete. */
function onlyActions(idx: DomIndex, row: Element): boolean {
  return textOf(idx, row)
    .split(/\s*[|·]\s*|\s{2,}/)
    .every((w) => !w || ACTION_WORDS.test(w));
}

export function parseList(ctx: ReadContext, el: Element, cols: ColumnLabels[]): TableLike {
  const items = Array.from(el.children).filter(
    (c) => c.localName === 'li' || c.localName === 'dt' || c.localName === 'dd',
  );
  const rows: Row[] = [];
  for (const item of items) {
    const segs = splitSegments(ctx.idx, item);
    if (segs.length === 0 || onlyActions(ctx.idx, item)) continue;
    rows.push({ cells: byPosition(segs, cols), ctls: ctlsIn(ctx.idx, item) });
  }
  return { el, how: 'list', rows, headers: [], matched: 0 };
}

/** Rows written as the elements following a heading (a person summary's panels). */
export function parseSiblings(
  ctx: ReadContext,
  m: QMatch,
  cols: ColumnLabels[],
  limit: number,
): TableLike | null {
  const idx = ctx.idx;
  let node: Element = m.el;
  // out of wrappers holding the heading alone (or with its Change link)
  for (let p = node.parentElement; p && holdsOnly(idx, p, node); p = p.parentElement) node = p;
  const rows: Row[] = [];
  let container: Element | null = null;
  for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
    const p = idx.pos.get(s);
    if (p === undefined || p >= limit || hasBoundaryIn(ctx, s) || /^h[1-6]$/.test(s.localName))
      break;
    for (const r of rowsIn(idx, s)) {
      const segs = splitSegments(idx, r);
      if (segs.length === 0 || onlyActions(idx, r)) continue;
      container ??= s;
      rows.push({ cells: byPosition(segs, cols), ctls: ctlsIn(idx, r) });
    }
  }
  return container ? { el: container, how: 'siblings', rows, headers: [], matched: 0 } : null;
}

/**
 * The rows a block after the heading holds: past wrappers around a single element, its children
 * when each is a row of parts, else the block itself.
 */
function rowsIn(idx: DomIndex, el: Element): Element[] {
  let box = el;
  let kids = textKids(idx, box);
  while (kids.length === 1 && textOf(idx, kids[0]) === textOf(idx, box)) {
    box = kids[0];
    kids = textKids(idx, box);
  }
  if (kids.length > 1 && kids.every((k) => splitSegments(idx, k).length > 1)) return kids;
  return [el];
}

function textKids(idx: DomIndex, el: Element): Element[] {
  return Array.from(el.children).filter((k) => idx.pos.has(k) && textOf(idx, k));
}

/**
 * A row read by position: a note in brackets standing in a cell or part of its own ("(primary)")
 * is joined to the part before it, as the page would write "No sub-group recorded (primary)".
 */
function joinNotes(items: string[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    if (!NOTE.test(items[i])) continue;
    let k = i - 1;
    while (k > 0 && !items[k]) k--;
    items[k] = items[k] ? `${items[k]} ${items[i]}` : items[i];
    items.splice(i, 1);
  }
}

function byPosition(segs: string[], cols: ColumnLabels[]): Record<string, string> {
  joinNotes(segs);
  const cells: Record<string, string> = {};
  cols.forEach((c, i) => {
    if (segs[i] !== undefined) cells[c.id] = segs[i];
  });
  return cells;
}

function tableRows(el: Element): Element[] {
  if (el.localName === 'table')
    return Array.from((el as HTMLTableElement).rows ?? el.querySelectorAll('tr')).filter(
      (r) => r.closest('table') === el,
    );
  return Array.from(el.querySelectorAll('[role="row"]')).filter(
    (r) => r.closest('[role="table"], [role="grid"], [role="treegrid"]') === el,
  );
}

function rowCells(row: Element): Element[] {
  if (row.localName === 'tr')
    return Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th');
  return Array.from(row.children).filter((c) => {
    const r = c.getAttribute('role');
    return r === 'cell' || r === 'gridcell' || r === 'columnheader' || r === 'rowheader';
  });
}

function expandSpans(cells: Element[], texts: string[]): string[] {
  const out: string[] = [];
  cells.forEach((c, i) => {
    out.push(texts[i]);
    for (let k = 1; k < span(c); k++) out.push('');
  });
  return out;
}

/** The parts of a row written without cells: its children's texts, else its text split at `·`, `|` or tabs. */
function splitSegments(idx: DomIndex, el: Element): string[] {
  const segs: string[] = [];
  const addParts = (text: string) => {
    for (const part of text.split(ROW_SPLIT)) {
      const t = cleanText(part);
      if (t && !SEPARATOR_ONLY.test(t)) segs.push(t);
    }
  };
  const collect = (node: Element) => {
    let kids = 0;
    for (let n = node.firstChild; n; n = n.nextSibling)
      if ((n.nodeType === 3 && (n.nodeValue ?? '').trim()) || n.nodeType === 1) kids++;
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) addParts(n.nodeValue ?? '');
      else if (n.nodeType === 1) {
        const e = n as Element;
        if (!idx.pos.has(e) || e.localName === 'button') continue;
        const t = textOf(idx, e);
        if (e.localName === 'a' && ACTION_WORDS.test(t)) continue;
        if (!t) continue;
        if (kids === 1 || (e.childElementCount > 0 && TEXT_BLOCKS.has(e.localName))) collect(e);
        else addParts(t);
      }
    }
  };
  collect(el);
  return segs;
}
