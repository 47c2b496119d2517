// @vitest-environment happy-dom
/**
 * Golden readings: every demo Mosaic page and every rendering fixture, read with the default
 * settings (and the Conversation once more with label overrides), gives exactly the snapshot,
 * the structure (which element answers each field) and the findings recorded in
 * tests/unit/fixtures/golden/. A change to the reader that changes any of them fails here; a
 * deliberate change is recorded again with `UPDATE_GOLDEN=1 npx vitest run golden`, and the
 * difference is reviewed in the commit.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage, readStructure, type ReadOptions } from '@/lib/page/reader';
import { runRules } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { htmlDocument, RENDERINGS } from '../helpers';

const HERE = dirname(fileURLToPath(import.meta.url));
const SITE = join(HERE, '..', '..', '..', 'demo', 'site');
const GOLDEN = join(HERE, '..', '..', 'fixtures', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CTX = { settings: DEFAULT_SETTINGS, today: '2026-12-02', waitingReviews: ['2204451'] };

const OVERRIDES: ReadOptions = {
  labelOverrides: {
    adultsCaredFor: ['How many adults do you care for'],
    conversation: ['About your caring role'],
  },
};

/** An element as the golden file names it: tag, id, name, type and the start of its text. */
function describeElement(el: Element | null): string | null {
  if (!el) return null;
  const parts = [el.localName];
  const id = el.getAttribute('id');
  const name = el.getAttribute('name');
  const type = el.getAttribute('type');
  const value = el.getAttribute('value');
  if (id) parts.push(`#${id}`);
  if (name) parts.push(`[name=${name}]`);
  if (type) parts.push(`[type=${type}]`);
  if (value !== null && (type === 'radio' || type === 'checkbox')) parts.push(`[value=${value}]`);
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  if (text) parts.push(` "${text}"`);
  return parts.join('');
}

function record(html: string, url: string, options: ReadOptions = {}): unknown {
  const reading = readPage(htmlDocument(html, url), options);
  const { fields } = readStructure(htmlDocument(html, url), options);
  return {
    snapshot: reading.snapshot,
    labels: Object.fromEntries(reading.labels ?? []),
    controls: Object.fromEntries([...reading.controls].map(([k, el]) => [k, describeElement(el)])),
    questions: Object.fromEntries(
      [...reading.questions].map(([k, el]) => [k, describeElement(el)]),
    ),
    structure: fields.map((f) => ({
      id: f.id,
      label: f.label,
      question: describeElement(f.question),
      controls: f.controls.map(describeElement),
      table: describeElement(f.table),
    })),
    findings: runRules(reading.snapshot, CTX).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      field: f.field,
      control: f.control ?? null,
      row: f.row ?? null,
      tab: f.tab ?? null,
      message: f.message,
    })),
  };
}

const CASES: Array<{ name: string; html: string; url: string; options?: ReadOptions }> = [
  ...readdirSync(SITE)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      name: `site-${f}`,
      html: readFileSync(join(SITE, f), 'utf8'),
      url: `http://127.0.0.1/${f}`,
    })),
  ...readdirSync(RENDERINGS)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      name: `rendering-${f}`,
      html: readFileSync(join(RENDERINGS, f), 'utf8'),
      url: 'http://127.0.0.1/',
    })),
];
CASES.push({
  ...CASES.find((c) => c.name === 'site-conversation-complete.html')!,
  name: 'overrides-conversation-complete.html',
  options: OVERRIDES,
});

describe('golden readings of every demo page and rendering', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const file = join(GOLDEN, `${c.name.replace(/\.html$/, '')}.json`);
      const actual = JSON.parse(JSON.stringify(record(c.html, c.url, c.options)));
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`No golden file ${file}: record it with UPDATE_GOLDEN=1`);
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
