// @vitest-environment happy-dom
/**
 * Every demo Mosaic page (tests/demo/site), read from its static HTML without running its scripts,
 * against what tests/demo/pages.ts says a correct reader must produce.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema, type FieldSnapshot } from '@/lib/page/snapshot';
import {
  DEMO_PAGES,
  normaliseText,
  snapshotNotFound,
  type FieldExpectation,
} from '../../../demo/pages';
import { htmlDocument } from '../helpers';

// tests/demo/server.ts's SITE_DIR, computed here: that module uses Node's URL, which happy-dom replaces
const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'site');

function load(file: string): Document {
  return htmlDocument(readFileSync(join(SITE_DIR, file), 'utf8'), `http://127.0.0.1/${file}`);
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+/;

function actual(f: FieldSnapshot, e: FieldExpectation): Record<string, unknown> {
  const out: Record<string, unknown> = { shown: f.shown, tab: f.tab };
  if (e.editable !== undefined) out.editable = f.editable;
  if ('value' in e) out.value = f.value === null ? null : normaliseText(f.value);
  if ('values' in e) out.values = f.values;
  if ('rows' in e)
    out.rows = f.rows.map((r) =>
      Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, normaliseText(v)])),
    );
  if ('areas' in e)
    out.areas = f.areas.map((a) => ({ label: a.label, value: normaliseText(a.value) }));
  return out;
}

function wanted(e: FieldExpectation): Record<string, unknown> {
  const out: Record<string, unknown> = { shown: e.shown, tab: e.tab };
  if (e.editable !== undefined) out.editable = e.editable;
  if ('value' in e)
    out.value = e.value === null || e.value === undefined ? null : normaliseText(e.value);
  if ('values' in e) out.values = e.values;
  if ('rows' in e) out.rows = e.rows;
  if ('areas' in e) out.areas = e.areas;
  return out;
}

describe('demo Mosaic pages, read from their static HTML', () => {
  for (const page of DEMO_PAGES) {
    describe(page.file, () => {
      const doc = load(page.file);
      const reading = readPage(doc);
      const s = reading.snapshot;

      it('is recognised (or not) as the page kind it is', () => {
        const d = detectPage(doc);
        expect(d?.kind ?? null).toBe(page.kind);
        expect(s.kind).toBe(page.kind);
        expect(s.person.id).toBe(page.personId);
        // forms.md: `Person summary - <title> <name> (<id>)`: the reader gives the name without the title
        expect(s.person.name).toBe(page.personName ? page.personName.replace(HONORIFIC, '') : null);
      });

      if (!page.kind) return;

      it('finds the logged-in worker', () => {
        expect(s.worker).toBe(page.worker);
      });

      it('knows the tabs and the open one', () => {
        expect(s.tabs.map((t) => t.name)).toEqual(page.tabs);
        expect(s.tabs.find((t) => t.active)?.name ?? null).toBe(page.activeTab);
      });

      it('reads every expected field, value by value', () => {
        for (const [id, e] of Object.entries(page.expected)) {
          const f = s.fields[id];
          expect(f, id).toBeDefined();
          expect
            .soft({ found: f.found, ...actual(f, e) }, id)
            .toEqual({ found: true, ...wanted(e) });
        }
        for (const id of page.notFound)
          expect.soft(s.fields[id]?.found, `${id} is not in the page`).toBe(false);
      });

      it('lists exactly the missing fields in notFound', () => {
        expect([...s.notFound].sort()).toEqual([...snapshotNotFound(page)].sort());
      });

      it('produces a snapshot that parses with PageSnapshotSchema', () => {
        expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
      });
    });
  }
});
