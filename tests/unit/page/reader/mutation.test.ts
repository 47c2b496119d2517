// @vitest-environment happy-dom
/**
 * Page reading under mutation: the demo Mosaic step pages, with every text box, text area, select
 * option and table cell tagged with the field it belongs to (the demo pages mark each control
 * with `data-f` and each table with `data-grid`), are changed at random: questions removed,
 * renamed, duplicated and moved, table rows removed, duplicated and swapped, and odd texts typed
 * (right-to-left marks, emoji, zero-width characters, 100 KB values). Then:
 *
 * - readPage never throws and its snapshot parses;
 * - a value it reports for a field carries only that field's own tag (never another field's);
 * - a text field it reports a value for has its own tag in it (the value came from its control);
 * - a question removed (with its controls) is not found, and listed in notFound unless conditional;
 * - runRules never throws on the result.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/page/fields';
import { readPage, readStructure } from '@/lib/page/reader';
import { PageSnapshotSchema, type PageSnapshot } from '@/lib/page/snapshot';
import { runRules } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { DEMO_PAGES, DEMO_TODAY, settleSelects } from '../../../demo/pages';
import { htmlDocument } from '../helpers';
import { watchedReader } from '../session-helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'site');
const STEP_PAGES = DEMO_PAGES.filter(
  (p) => p.kind === 'carers-conversation' || p.kind === 'carers-review',
);
const HTML = new Map(STEP_PAGES.map((p) => [p.file, readFileSync(join(SITE_DIR, p.file), 'utf8')]));

const TAG = /⟦([^⟧]*)⟧/g;
const tag = (id: string) => `⟦${id}⟧`;
/** The field id a data-f / data-grid mark belongs to ("conversation.3" is an area of "conversation"). */
const fieldOfMark = (mark: string) => (/^conversation\.\d+$/.test(mark) ? 'conversation' : mark);

const ODD_TEXTS = [
  '\u202Eأهلا بالعالم\u202C',
  'שלום \u200F(עולם)\u200E',
  '👩‍👩‍👧‍👦 🏳️‍🌈 1️⃣',
  'zero\u200Bwidth\u200C\u200D\uFEFFjoiners',
  '\u0000\u0007\u001b[31m',
  '  \n\t  ',
  'Ω≈ç√∫˜µ≤≥÷ éèê ﬁ',
  'x'.repeat(100 * 1024),
];

function load(file: string): Document {
  const doc = htmlDocument(HTML.get(file)!, `http://127.0.0.1/${file}`);
  settleSelects(doc);
  return doc;
}

function setText(el: Element, text: string) {
  if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement) {
    el.textContent = text;
    el.value = text;
  } else if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement) {
    el.setAttribute('value', text);
    el.value = text;
  }
}

/** The field a control belongs to: its data-f, its table's data-grid, or its id (f-<field>, pre-populated boxes). */
function markOf(el: Element): string {
  const id = el.getAttribute('id') ?? '';
  return (
    el.getAttribute('data-f') ??
    el.closest('[data-grid]')?.getAttribute('data-grid') ??
    (id.startsWith('f-') ? id.slice(2) : '?')
  );
}

/** Tags every text control, select option and table cell with the field it belongs to. */
function tagAll(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('input, textarea'))) {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (el.tagName === 'INPUT' && !['text', 'search', 'number', 'date', ''].includes(type))
      continue;
    const mark = markOf(el);
    const value = (el as HTMLInputElement).value;
    setText(el, `${tag(mark)} ${value}`);
  }
  for (const sel of Array.from(doc.querySelectorAll('select'))) {
    const mark = markOf(sel);
    for (const o of Array.from(sel.querySelectorAll('option'))) {
      if (/please select/i.test(o.textContent ?? '') || !(o.textContent ?? '').trim()) continue;
      o.textContent = `${tag(mark)} ${o.textContent}`;
    }
  }
  for (const grid of Array.from(doc.querySelectorAll('[data-grid]'))) {
    const mark = grid.getAttribute('data-grid')!;
    for (const td of Array.from(grid.querySelectorAll('tbody td'))) {
      if (td.children.length === 0 && (td.textContent ?? '').trim())
        td.textContent = `${tag(mark)} ${td.textContent}`;
    }
  }
  settleSelects(doc);
}

/** Tags in a value that are not the field's own. */
function foreignTags(fieldId: string, text: string | null | undefined): string[] {
  return [...(text ?? '').matchAll(TAG)]
    .map((m) => m[1])
    .filter((mark) => fieldOfMark(mark) !== fieldId);
}

/**
 * Section 2's free-text areas (`conversation`) are by definition every text area of that section
 * that no question claims (docs/page-reading.md). So a text area left without its question (the
 * field is not found) or a second copy of a question's text area (the question duplicated) may be
 * taken as one of them; any other field's value in them is wrong. `doc` is the page as read.
 */
function checkSnapshot(
  s: PageSnapshot,
  kind: 'carers-conversation' | 'carers-review',
  doc?: Document,
): string[] {
  const problems: string[] = [];
  const unclaimed = (mark: string) => {
    const id = fieldOfMark(mark);
    if (!s.fields[id]?.found) return true;
    const copies = doc
      ? Array.from(doc.querySelectorAll('textarea, input')).filter((el) => markOf(el) === mark)
          .length
      : 0;
    return copies > 1;
  };
  const kinds = new Map<string, string>(fieldsFor(kind).map((f) => [f.id, f.kind]));
  for (const [id, f] of Object.entries(s.fields)) {
    const wrong = [
      ...foreignTags(id, f.value),
      ...f.values.flatMap((v) => foreignTags(id, v)),
      ...f.rows.flatMap((r) => Object.values(r.cells).flatMap((v) => foreignTags(id, v))),
      ...f.areas.flatMap((a) => foreignTags(id, a.value).filter((m) => !unclaimed(m))),
    ];
    if (wrong.length) problems.push(`${id} reports values of ${[...new Set(wrong)].join(', ')}`);
    if (
      kinds.get(id) === 'text' &&
      f.found &&
      f.value !== null &&
      foreignTags('', f.value).every((m) => fieldOfMark(m) !== id)
    ) {
      problems.push(`${id} reports "${f.value.slice(0, 60)}", not from its own control`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Mutations

type Mutation =
  | {
      op: 'remove-question' | 'rename-question' | 'duplicate' | 'move';
      pick: number;
      to: number;
      text: string;
    }
  | { op: 'remove-row' | 'duplicate-row' | 'swap-rows'; pick: number; to: number }
  | { op: 'odd-text'; pick: number; text: string };

/** The element holding a question and its controls (the smallest ancestor of the question that holds them all). */
function blockOf(question: Element, controls: Element[]): Element {
  let el: Element | null = question;
  while (el && el.parentElement && !controls.every((c) => el!.contains(c))) el = el.parentElement;
  return el && el !== el.ownerDocument.body ? el : question;
}

function blocks(doc: Document): Array<{ id: string; question: Element; block: Element }> {
  const { fields } = readStructure(doc);
  return fields
    .filter((f) => f.question && f.question.isConnected)
    .map((f) => ({ id: f.id, question: f.question!, block: blockOf(f.question!, f.controls) }));
}

function apply(doc: Document, m: Mutation): void {
  if (m.op === 'odd-text') {
    const ctls = Array.from(
      doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'textarea, input[type="text"], input:not([type])',
      ),
    );
    if (!ctls.length) return;
    const el = ctls[m.pick % ctls.length];
    const own = (el.value.match(/^⟦[^⟧]*⟧/) ?? [''])[0];
    setText(el, `${own} ${m.text}`);
    return;
  }
  if (m.op === 'remove-row' || m.op === 'duplicate-row' || m.op === 'swap-rows') {
    const rows = Array.from(doc.querySelectorAll('[data-grid] tbody tr'));
    if (!rows.length) return;
    const row = rows[m.pick % rows.length];
    const siblings = Array.from(row.parentElement!.children);
    if (m.op === 'remove-row') row.remove();
    else if (m.op === 'duplicate-row') row.after(row.cloneNode(true));
    else siblings[m.to % siblings.length].before(row);
    return;
  }
  const all = blocks(doc);
  if (!all.length) return;
  const { question, block } = all[m.pick % all.length];
  if (m.op === 'remove-question') question.remove();
  else if (m.op === 'rename-question') question.textContent = m.text;
  else if (m.op === 'duplicate') block.after(block.cloneNode(true));
  else {
    const target = all[m.to % all.length].block;
    if (!block.contains(target) && !target.contains(block)) target.before(block);
  }
}

const oddText = fc.oneof(
  fc.constantFrom(...ODD_TEXTS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom(
      'remove-question' as const,
      'rename-question' as const,
      'duplicate' as const,
      'move' as const,
    ),
    pick: fc.nat(),
    to: fc.nat(),
    text: oddText,
  }),
  fc.record({
    op: fc.constantFrom('remove-row' as const, 'duplicate-row' as const, 'swap-rows' as const),
    pick: fc.nat(),
    to: fc.nat(),
  }),
  fc.record({ op: fc.constant('odd-text' as const), pick: fc.nat(), text: oddText }),
);

const CTX = { settings: DEFAULT_SETTINGS, today: DEMO_TODAY, waitingReviews: [] as string[] };

describe('page reading under mutation', () => {
  it('tagging alone changes nothing the reader finds, and every value carries its own tag', () => {
    for (const page of STEP_PAGES) {
      const doc = load(page.file);
      const before = readPage(doc).snapshot;
      const tagged = load(page.file);
      tagAll(tagged);
      const s = readPage(tagged).snapshot;
      expect(s.notFound, page.file).toEqual(before.notFound);
      expect(checkSnapshot(s, page.kind as 'carers-conversation'), page.file).toEqual([]);
      // The check would see a value taken from another field's control.
      const adults = s.fields.adultsCaredFor;
      if (adults?.found && adults.value) {
        expect(
          checkSnapshot(
            {
              ...s,
              fields: { ...s.fields, adultsCaredFor: { ...adults, value: tag('hoursCaring') } },
            },
            'carers-conversation',
          ),
        ).toEqual([
          'adultsCaredFor reports values of hoursCaring',
          'adultsCaredFor reports "⟦hoursCaring⟧", not from its own control',
        ]);
      }
    }
  }, 60_000);

  it('never throws, never reports a value from the wrong field, and runRules never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STEP_PAGES.map((p) => p.file)),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (file, mutations) => {
          const page = STEP_PAGES.find((p) => p.file === file)!;
          const doc = load(page.file);
          tagAll(doc);
          const read = watchedReader(doc);
          read(); // the structure kept between readings: the mutations below must be seen
          for (const m of mutations) apply(doc, m);
          const s = read().snapshot;
          expect(PageSnapshotSchema.safeParse(s).success).toBe(true);
          expect(checkSnapshot(s, page.kind as 'carers-conversation', doc)).toEqual([]);
          expect(() => runRules(s, CTX)).not.toThrow();
        },
      ),
      { numRuns: 50, seed: 20261122 },
    );
  }, 120_000);

  it('reports a question removed with its controls as not found', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STEP_PAGES.map((p) => p.file)),
        fc.nat(),
        fc.array(mutation, { maxLength: 4 }),
        (file, pick, mutations) => {
          const page = STEP_PAGES.find((p) => p.file === file)!;
          const doc = load(page.file);
          tagAll(doc);
          for (const m of mutations) apply(doc, m);
          const { fields } = readStructure(doc);
          const candidates = fields.filter(
            (f) => f.question?.isConnected && fields.filter((g) => g.id === f.id).length === 1,
          );
          if (!candidates.length) return;
          const gone = candidates[pick % candidates.length];
          // Every element the reader found it by: its question (and any copy of it) and its controls.
          const text = (gone.question!.textContent ?? '').trim();
          for (const el of Array.from(doc.body.querySelectorAll('*')))
            if (
              el.isConnected &&
              el.children.length === 0 &&
              (el.textContent ?? '').trim() === text
            )
              el.remove();
          gone.question!.remove();
          for (const c of gone.controls) c.remove();
          gone.table?.remove();
          const s = readPage(doc).snapshot;
          const f = s.fields[gone.id];
          const conditional = fieldsFor(page.kind!).find((d) => d.id === gone.id)?.shownWhen;
          expect(f?.found ?? false, `${gone.id} on ${page.file}`).toBe(false);
          if (!conditional) expect(s.notFound, `${gone.id} on ${page.file}`).toContain(gone.id);
          expect(checkSnapshot(s, page.kind as 'carers-conversation', doc)).toEqual([]);
          expect(() => runRules(s, CTX)).not.toThrow();
        },
      ),
      { numRuns: 40, seed: 20261123 },
    );
  }, 120_000);
});
