// @vitest-environment happy-dom
/**
 * describeStructure: the structure of a page for the council's administrator, never a value the
 * worker or the record put there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeStructure } from '@/lib/page/describe';
import { FIELDS } from '@/lib/page/fields';
import { TABS } from '@/lib/page/kinds';
import { readPage } from '@/lib/page/reader';
import { RENDERINGS, htmlDocument, rendering } from './helpers';

const DEMO_SITE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'site');

/** Texts of the forms themselves: forms.md's labels, options and column headers, tab names. */
const STRUCTURE = [
  ...FIELDS.flatMap((f) => [
    ...f.labels,
    ...(f.options ?? []),
    ...(f.columns ?? []).flatMap((c) => c.labels),
  ]),
  ...Object.values(TABS),
].map((t) => t.toLowerCase());

/**
 * Every value in the page: what the reader found (answers, pre-populated and computed values,
 * table cells, free text, the person and the worker), and whatever is typed in a control.
 * Values that are also the forms' own words ("Yes", "Carer", an option the page offers) are left
 * out: they are structure as well.
 */
function valuesOf(doc: Document): string[] {
  const s = readPage(doc).snapshot;
  const vals = new Set<string>();
  const add = (v: string | null | undefined) => {
    for (const line of (v ?? '').split('\n')) {
      const t = line.replace(/\s+/g, ' ').trim();
      if (t.length >= 3) vals.add(t);
    }
  };
  add(s.person.name);
  add(s.person.id);
  add(s.worker);
  for (const f of Object.values(s.fields)) {
    add(f.value);
    f.values.forEach(add);
    f.rows.forEach((r) => Object.values(r.cells).forEach(add));
    f.areas.forEach((a) => add(a.value));
  }
  for (const el of Array.from(doc.querySelectorAll('input, textarea')) as HTMLInputElement[]) {
    if (!['radio', 'checkbox', 'button', 'submit', 'hidden'].includes(el.type)) add(el.value);
  }
  const offered = new Set(
    Object.values(s.fields).flatMap((f) => f.options.map((o) => o.toLowerCase())),
  );
  for (const sel of Array.from(doc.querySelectorAll('select option')))
    offered.add((sel.textContent ?? '').trim().toLowerCase());
  return [...vals].filter((v) => {
    const l = v.toLowerCase();
    return !offered.has(l) && !STRUCTURE.some((t) => containsWords(t, l));
  });
}

/** Does `text` contain `part` as whole words ("friends" does not contain "friend")? */
function containsWords(text: string, part: string): boolean {
  let at = text.indexOf(part);
  while (at >= 0) {
    const before = at === 0 ? ' ' : text[at - 1];
    const after = at + part.length >= text.length ? ' ' : text[at + part.length];
    if (!/[a-z0-9]/i.test(before) && !/[a-z0-9]/i.test(after)) return true;
    at = text.indexOf(part, at + 1);
  }
  return false;
}

function expectNoValues(file: string, doc: Document): string {
  const text = describeStructure(doc);
  const lower = text.toLowerCase();
  const leaks = valuesOf(doc).filter((v) => containsWords(lower, v.toLowerCase()));
  expect(leaks, `${file} leaks values`).toEqual([]);
  // nor anything shaped like a date or a Mosaic ID
  expect(text, file).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4,}\b/);
  return text;
}

describe('describeStructure', () => {
  it('describes the structure of a filled-in page: kind, tabs, sections, questions, controls, options, tables', () => {
    const text = expectNoValues('a', rendering('a-label-for-divs.html'));
    expect(text).toContain('Page kind: carers-conversation');
    expect(text).toContain('Title: "Carers Conversation : [person] ([id])"');
    expect(text).toContain(
      'Tabs: Privacy Notice | Carers Conversation (open) | Person Details form',
    );
    expect(text).toContain('Section: "2. Carers Wellbeing Conversation"');
    expect(text).toContain(
      'Question "Does your GP know you are a carer?" → gpKnows [Carers Conversation, section 1]: radio buttons; options: Yes | No',
    );
    expect(text).toContain('Question "Total hours caring per week" → hoursCaring');
    expect(text).toContain(
      'columns: Full Name | Date of Birth | Address | Gender | Mosaic ID | Relationship to carer',
    );
    expect(text).toContain(
      'Control not recognised: drop-down, labelled "Do they know you are a carer?"; options: Yes | No',
    );
    expect(text).toContain('"What matters most to you at the moment?"');
    expect(text).toContain('Not found: none.');
  });

  it('checks against the values really in the page', () => {
    const vals = valuesOf(rendering('a-label-for-divs.html'));
    for (const v of [
      'Mr Timothy Guide',
      'Timothy Guide',
      '2204451',
      'Jo Worker',
      '01/06/1966',
      '55 Bedford Way',
      'WC1H 0DB',
      'Alice Trainee',
      '2204455',
      'Needs large print letters',
      'Keeping Alice safe at home.',
      'Loss of sleep',
      'Sitting service, 4 hours a week',
      'Queer',
    ]) {
      expect(vals).toContain(v);
    }
    // and the check itself finds a value when one is there
    expect(containsWords('labelled "mr timothy guide"', 'mr timothy guide')).toBe(true);
  });

  it('names the fields it did not find', () => {
    const doc = rendering('c-fieldsets-aria.html');
    doc.getElementById('q-method')!.nextElementSibling!.remove();
    doc.getElementById('q-method')!.remove();
    expect(expectNoValues('c', doc)).toContain('Not found: contactMethod.');
  });

  it('never gives an answer, a name, an id, a date or another value, on any rendering', () => {
    for (const file of readdirSync(RENDERINGS).filter((f) => f.endsWith('.html')))
      expectNoValues(file, rendering(file));
  });

  it('never gives a value on any demo Mosaic page', () => {
    for (const file of readdirSync(DEMO_SITE).filter((f) => f.endsWith('.html'))) {
      expectNoValues(file, htmlDocument(readFileSync(join(DEMO_SITE, file), 'utf8')));
    }
  });

  it('hides the person in a person summary heading, with their birth date and age', () => {
    const text = expectNoValues('f', rendering('f-person-summary.html'));
    expect(text).toContain('Heading: "Person summary - [person] ([id]) born [date] ([age])"');
    expect(text).not.toMatch(/Timothy|Guide|2204451|1966|57/);
  });

  it('keeps only the forms’ own words of the title of a page it does not recognise', () => {
    const text = describeStructure(
      htmlDocument('<title>Carers Convo for Timothy Guide</title><body><h1>Hello</h1></body>'),
    );
    expect(text).toContain('Page kind: not recognised');
    expect(text).toContain('Title: "Carers … for … …"');
    expect(text).not.toContain('Timothy');
  });
});
