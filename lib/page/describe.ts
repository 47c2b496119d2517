/**
 * A description of a page's structure, for the council's Mosaic administrator when the extension
 * does not read a page right: the page kind, tabs, section headings, question texts, the kinds of
 * controls with their option texts, table column headers, and which field of forms.md each
 * question was recognised as.
 *
 * It never includes an answer, a name, an id, a date or any other value the worker or the record
 * put in the page:
 * - it describes controls by kind and options only (never what is typed, ticked or chosen);
 * - it takes texts only from elements that label things (headings, labels, legends, column and row
 *   headers, definition terms, recognised questions, the text just before an unlabelled control),
 *   never from value cells, read-only values or table rows;
 * - every text it takes is then cleared of every value the reader found on the page (the person's
 *   name and Mosaic ID, the worker's name, each field's value, table cell and free text), and of
 *   anything that looks like a date, a long number, a postcode, an e-mail address or a phone
 *   number.
 */
import { detectPage } from './detect';
import { selectOptions } from './reader/controls';
import { orderOf, textOf } from './reader/query';
import { indexDocument, type Ctl, type DomIndex } from './reader/walk';
import { fieldDef } from './fields';
import { readStructure, sectionHeading, type FieldStructure, type ReadOptions } from './reader';
import { Redactor } from './redact';
import { cleanText, displayLabel, normaliseLabel } from './text';
import { isPlaceholderOption } from './option-text';

const MAX_OPTIONS = 40;
const TITLE_PERSON = /^(.*?\S)\s*([:\-–—])\s*(.+?)\s*\(\s*\d+\s*\)(.*)$/;

function kindOf(c: Ctl): string {
  const el = c.el;
  const tag = el.localName;
  if (c.kind === 'radio') return 'radio buttons';
  if (c.kind === 'checkbox') return 'tick boxes';
  if (c.kind === 'select') return 'drop-down';
  if (c.kind === 'multiselect') return 'multiple-choice list';
  if (tag === 'textarea') return 'text area';
  if (tag === 'output') return 'computed value';
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'date') return 'date box';
    if (type === 'number') return 'number box';
    return 'text box';
  }
  return 'editable area';
}

function readOnly(el: Element): boolean {
  return el.hasAttribute('readonly') || el.hasAttribute('disabled') || el.localName === 'output';
}

/**
 * Plain text describing the structure of `doc` (see the top of this file for what it leaves out).
 */
export function describeStructure(doc: Document, options: ReadOptions = {}): string {
  const { reading, fields } = readStructure(doc, options);
  const snapshot = reading.snapshot;
  const red = new Redactor(snapshot);
  const idx = indexDocument(doc);
  const detection = detectPage(doc);
  const lines: string[] = [];
  const q = (t: string) => `"${red.clean(t)}"`;

  lines.push(
    'Mosaic Companion: the structure of this page (no answers, names, ids, dates or other values).',
  );
  lines.push(
    `Page kind: ${snapshot.kind ?? 'not recognised (not a Carers Conversation, Carers Review or person summary title)'}`,
  );
  const title = titleShape(doc.title, detection?.personName ?? null);
  // on a page it does not recognise, the title may name someone: only the forms' own words are kept
  lines.push(`Title: ${q(snapshot.kind ? title : red.maskWords(title))}`);
  if (snapshot.tabs.length) {
    lines.push(
      `Tabs: ${snapshot.tabs.map((t) => `${t.name}${t.active ? ' (open)' : ''}${t.loaded ? '' : ' (not loaded)'}`).join(' | ')}`,
    );
  }
  const found = Object.values(snapshot.fields).filter((f) => f.found).length;
  if (snapshot.kind) {
    lines.push(`Fields recognised: ${found} of ${Object.keys(snapshot.fields).length}.`);
    lines.push(`Not found: ${snapshot.notFound.length ? snapshot.notFound.join(', ') : 'none'}.`);
  }
  lines.push('');

  // everything in document order: headings, questions, controls, tables
  type Item = { order: number; text: string };
  const items: Item[] = [];
  const claimed = new Set<Element>();
  const byQuestion = new Map<Element, FieldStructure>();
  for (const f of fields) {
    for (const c of f.controls) claimed.add(c);
    if (f.table) for (const c of idx.ctls) if (f.table.contains(c.el)) claimed.add(c.el);
    if (f.question) byQuestion.set(f.question, f);
  }

  // recognised fields
  for (const f of fields) {
    const def = fieldDef(f.id);
    const s = snapshot.fields[f.id];
    if (!def) continue;
    const anchor =
      def.kind === 'areas'
        ? (f.controls[0] ?? null)
        : (f.question ?? f.table ?? f.controls[0] ?? null);
    if (!anchor) continue;
    const order = orderOf(idx, anchor);
    let what: string;
    if (def.kind === 'table') {
      const known = new Set((def.columns ?? []).flatMap((c) => c.labels).map(normaliseLabel));
      what = `table; columns: ${f.table ? columnsOf(idx, f.table, red, known).join(' | ') || '(no header row)' : '(no table)'}`;
    } else if (def.kind === 'areas') {
      what = `${f.controls.length} free-text areas: ${s.areas.map((a) => (a.label ? q(a.label) : '(no question text)')).join(', ')}`;
    } else if (f.controls.length) {
      const c = idx.ctlByEl.get(f.controls[0]);
      what = c ? kindOf(c) : 'control';
      if (f.controls.every(readOnly)) what += ' (read-only)';
      if (s.options.length) what += `; options: ${optionList(s.options, red)}`;
    } else {
      what = 'value shown as text';
    }
    const label =
      def.kind === 'areas'
        ? '(the free-text areas of Section 2)'
        : f.label
          ? q(f.label)
          : '(no question text; found by position)';
    items.push({
      order,
      text: `  Question ${label} → ${f.id} [${s.tab ?? 'no tab'}${s.section ? `, section ${s.section}` : ''}${s.shown ? '' : ', hidden now'}]: ${what}`,
    });
  }

  // section headings and other headings
  for (const b of idx.blocks) {
    const el = b.el;
    const tag = el.localName;
    const heading = /^h[1-6]$/.test(tag) || el.getAttribute('role') === 'heading';
    if (b.raw.length > 300) continue;
    const sec = sectionHeading(b.text);
    if (sec && !el.closest('a')) {
      items.push({ order: b.order, text: `Section: ${q(b.text)}` });
      continue;
    }
    if (heading && !byQuestion.has(el))
      items.push({
        order: b.order,
        text: `Heading: ${q(tag === 'h1' || b.order < 50 ? titleShape(b.text, detection?.personName ?? null) : b.text)}`,
      });
  }

  // controls no field claimed, described with the nearest labelling text
  const seenGroups = new Set<string>();
  for (const c of idx.ctls) {
    if (claimed.has(c.el)) continue;
    if (c.el.closest('table') && inDataRow(c.el)) continue;
    let opts: string[] = [];
    if (c.kind === 'radio' || c.kind === 'checkbox') {
      const name = c.el.getAttribute('name');
      const key = `${c.kind}:${name ?? c.order}`;
      if (name && seenGroups.has(key)) continue;
      seenGroups.add(key);
      const group = name
        ? idx.ctls.filter((o) => o.kind === c.kind && o.el.getAttribute('name') === name)
        : [c];
      opts = group.map((o) => captionOf(idx, o));
    } else if (c.kind === 'select' || c.kind === 'multiselect') {
      opts = selectOptions(c.el as HTMLSelectElement);
    }
    const label = labelOf(idx, c);
    items.push({
      order: c.order,
      text: `  Control not recognised: ${kindOf(c)}${readOnly(c.el) ? ' (read-only)' : ''}${label ? `, labelled ${q(label)}` : ''}${opts.length ? `; options: ${optionList(opts, red)}` : ''}`,
    });
  }

  // tables no field claimed: their column headers
  const fieldTables = new Set(fields.map((f) => f.table).filter(Boolean));
  for (const t of idx.tables) {
    if (fieldTables.has(t)) continue;
    const cols = columnsOf(idx, t, red);
    if (cols.length >= 2)
      items.push({
        order: orderOf(idx, t),
        text: `  Table not recognised; columns: ${cols.join(' | ')}`,
      });
  }

  items.sort((a, b) => a.order - b.order);
  let last = '';
  for (const it of items) {
    if (it.text === last) continue;
    lines.push(it.text);
    last = it.text;
  }
  return `${lines.join('\n')}\n`;
}

/** "Carers Conversation : Timothy Guide (2204451)" → "Carers Conversation : [person] ([id])". */
function titleShape(title: string, person: string | null): string {
  let t = cleanText(title);
  const m = TITLE_PERSON.exec(t);
  if (m) t = `${m[1]} ${m[2]} [person] ([id])${m[4]}`;
  if (person) t = t.split(person).join('[person]');
  return t.replace(/\(\s*\d+\s*\)/g, '([id])');
}

function optionList(opts: string[], red: Redactor): string {
  const shown = opts
    .filter((o) => o && !isPlaceholderOption(o))
    .slice(0, MAX_OPTIONS)
    .map((o) => red.clean(o));
  const more = opts.length > MAX_OPTIONS ? ` … (${opts.length} options)` : '';
  return `${shown.join(' | ')}${more}`;
}

/**
 * Header texts of a table (thead, all-th rows, role=columnheader), never its data rows. A first
 * row of plain cells counts as the header row only when it has no controls and every cell is bold,
 * or (for a recognised table) one of its cells is a column label of forms.md.
 */
function columnsOf(
  idx: DomIndex,
  table: Element,
  red: Redactor,
  known: Set<string> = new Set(),
): string[] {
  const headers = Array.from(
    table.querySelectorAll('thead th, thead td, tr:first-child > th, [role="columnheader"]'),
  ).filter((h) => h.closest('table, [role="table"], [role="grid"]') === table);
  let texts = headers.map((h) => displayLabel(textOf(idx, h)));
  if (texts.every((t) => !t)) {
    texts = [];
    const first = table.querySelector('tr');
    if (
      first &&
      first.closest('table') === table &&
      !first.querySelector('input, select, textarea')
    ) {
      const cells = Array.from(first.children).filter((c) => textOf(idx, c));
      const bold =
        cells.length > 1 &&
        cells.every(
          (c) =>
            c.querySelector('b, strong') &&
            textOf(idx, c) === textOf(idx, c.querySelector('b, strong')!),
        );
      const labelled = cells.some((c) => known.has(normaliseLabel(textOf(idx, c))));
      if (bold || labelled) texts = cells.map((c) => displayLabel(textOf(idx, c)));
    }
  }
  return texts.filter(Boolean).map((t) => red.clean(t));
}

/** Is the control in a data row of a table with a header row (a cell of a repeating table)? */
function inDataRow(el: Element): boolean {
  const row = el.closest('tr');
  const table = el.closest('table');
  if (!row || !table) return false;
  if (row.parentElement?.localName === 'thead') return false;
  return !!table.querySelector('thead, th');
}

function captionOf(idx: DomIndex, c: Ctl): string {
  const el = c.el;
  if (el.id) {
    const l = idx.labelFor.get(el.id);
    if (l?.length) return displayLabel(textOf(idx, l[0]));
  }
  const wrap = el.closest('label');
  if (wrap) return displayLabel(textOf(idx, wrap));
  const aria = el.getAttribute('aria-label');
  if (aria) return displayLabel(aria);
  const next = el.nextSibling;
  if (next && next.nodeType === 3) return displayLabel(next.nodeValue);
  if (next && next.nodeType === 1 && !(next as Element).querySelector('input, select, textarea'))
    return displayLabel(textOf(idx, next as Element));
  return '(no caption)';
}

/** A control's label: label for / wrapping label / aria, else the text just before it in its row or box. */
function labelOf(idx: DomIndex, c: Ctl): string {
  const el = c.el;
  if (c.kind !== 'radio' && c.kind !== 'checkbox') {
    if (el.id) {
      const l = idx.labelFor.get(el.id);
      if (l?.length) return displayLabel(textOf(idx, l[0]));
    }
    const wrap = el.closest('label');
    if (wrap) return displayLabel(textOf(idx, wrap));
    const aria = el.getAttribute('aria-label');
    if (aria) return displayLabel(aria);
  }
  const lb = el.getAttribute('aria-labelledby');
  if (lb) {
    const ref = idx.doc.getElementById(lb.split(/\s+/)[0]);
    if (ref) return displayLabel(textOf(idx, ref));
  }
  const group = el.closest('fieldset');
  if (group) {
    const legend = group.querySelector('legend');
    if (legend) return displayLabel(textOf(idx, legend));
  }
  // the text just before it, within its row or its box (two levels up at most)
  const cell = el.closest('td, th');
  if (cell) {
    for (let s = cell.previousElementSibling; s; s = s.previousElementSibling) {
      const t = textOf(idx, s);
      if (t) return displayLabel(t);
    }
  }
  let node: Element | null = el;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      if (s.querySelector('input, select, textarea')) return '';
      const t = textOf(idx, s);
      if (t && t.length <= 200) return displayLabel(t);
    }
  }
  return '';
}
