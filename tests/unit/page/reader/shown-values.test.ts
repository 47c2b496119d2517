// @vitest-environment happy-dom
/**
 * Values shown as text (pre-filled and calculated: Gender, Suggested budget, Decision, …) are read
 * only from the place that belongs to their own label, and only on their own tab and section.
 * When that place is gone, the field is not found rather than read from somewhere else.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage, readStructure } from '@/lib/page/reader';
import { DEMO_PAGES, settleSelects } from '../../../demo/pages';
import { htmlDocument } from '../helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'site');

function load(file: string): Document {
  const doc = htmlDocument(readFileSync(join(SITE_DIR, file), 'utf8'), `http://127.0.0.1/${file}`);
  settleSelects(doc);
  return doc;
}

/** The question element and controls the reader found a field by. */
function structureOf(doc: Document, id: string) {
  const f = readStructure(doc).fields.find((s) => s.id === id);
  if (!f?.question) throw new Error(`${id} has no question`);
  return { question: f.question, controls: f.controls };
}

/** The smallest element holding a question and all its controls. */
function blockOf(question: Element, controls: Element[]): Element {
  let el: Element = question;
  while (el.parentElement && !controls.every((c) => el.contains(c))) el = el.parentElement;
  return el;
}

const CONVERSATIONS = DEMO_PAGES.filter((p) => p.kind === 'carers-conversation').map((p) => p.file);
const WITH_BUDGET = DEMO_PAGES.filter(
  (p) =>
    (p.kind === 'carers-conversation' || p.kind === 'carers-review') &&
    p.expected.suggestedBudget?.value,
).map((p) => p.file);

/**
 * The budget once another box sits between it and its label: still its own value where the page
 * ties the two together (the aria rendering's `<output aria-labelledby>`), else not found.
 */
function stillOwn(file: string) {
  return DEMO_PAGES.find((p) => p.file === file)!.rendering === 'aria'
    ? { found: true, value: '600' }
    : { found: false, value: null };
}

describe('values shown as text', () => {
  it.each(CONVERSATIONS)(
    '%s: without the pre-filled Gender, the Person Details form\'s "Gender" heading is not taken for it',
    (file) => {
      const doc = load(file);
      const expected = DEMO_PAGES.find((p) => p.file === file)!.expected.gender!.value;
      expect(readPage(doc).snapshot.fields.gender).toMatchObject({ found: true, value: expected });
      const { question, controls } = structureOf(doc, 'gender');
      question.remove();
      for (const c of controls) c.remove();
      // the Person Details form still has its "Gender" section heading (an h2, or a table cell in the legacy rendering)
      expect(
        Array.from(doc.querySelectorAll('h2, td')).some((h) => h.textContent?.trim() === 'Gender'),
      ).toBe(true);
      const s = readPage(doc).snapshot;
      expect(s.fields.gender).toMatchObject({ found: false, value: null });
      expect(s.notFound).toContain('gender');
      for (const f of Object.values(s.fields))
        expect(f.value ?? '', f.id).not.toMatch(/Indicates required field/);
    },
  );

  it.each(WITH_BUDGET)(
    '%s: another question\'s box moved just after "Suggested budget" is not read as the budget',
    (file) => {
      const doc = load(file);
      const before = readPage(doc).snapshot;
      expect(before.fields.suggestedBudget).toMatchObject({ found: true, value: '600' });
      const adults = before.fields.adultsCaredFor.value;
      const budget = structureOf(doc, 'suggestedBudget');
      const other = structureOf(doc, 'adultsCaredFor');
      budget.question.after(blockOf(other.question, other.controls));
      const s = readPage(doc).snapshot;
      expect(s.fields.suggestedBudget).toMatchObject(stillOwn(file));
      if (!s.fields.suggestedBudget.found) expect(s.notFound).toContain('suggestedBudget');
      // the box moved is still its own question's
      expect(s.fields.adultsCaredFor).toMatchObject({ found: true, value: adults });
    },
  );

  it.each(WITH_BUDGET)("%s: nor is it when that box's question is no longer recognised", (file) => {
    const doc = load(file);
    const budget = structureOf(doc, 'suggestedBudget');
    const other = structureOf(doc, 'adultsCaredFor');
    const box = blockOf(other.question, other.controls);
    other.question.textContent = 'Something else entirely';
    budget.question.after(box);
    const s = readPage(doc).snapshot;
    expect(s.fields.suggestedBudget).toMatchObject(stillOwn(file));
    if (!s.fields.suggestedBudget.found) expect(s.notFound).toContain('suggestedBudget');
  });

  it('a calculated value with an empty place beside its label is blank, not missing', () => {
    const doc = load('conversation-blank.html');
    const s = readPage(doc).snapshot;
    expect(s.fields.decision).toMatchObject({ found: true, value: null });
    expect(s.notFound).not.toContain('decision');
  });
});
