/**
 * Page reading: every field of forms.md, found by its visible text, into one PageSnapshot.
 * docs/page-reading.md tells how; resolve.ts lists the steps of a reading in their order.
 *
 * - `readPage`: one reading from scratch.
 * - `ReadingSession`: the same page read again and again, its structure kept while the page's
 *   mutation records say it has not changed (the sidebar's re-checks).
 * - `readStructure`: a reading with where each field was found (the structure report).
 * - `toEnd`: work taken in parts (a generator), run without pausing.
 *
 * The reader uses no React and no zod at run time; the snapshot is a plain object.
 */
import { readFresh } from './fresh';
import type { FieldStructure, PageReading, ReadOptions } from './types';

export { ReadingSession, SESSION_OBSERVER_OPTIONS } from './session';
export { sectionHeading } from './sections';
export { toEnd } from './parts';
export type { FieldStructure, PageReading, ReadOptions } from './types';

export function readPage(doc: Document, options: ReadOptions = {}): PageReading {
  return readFresh(doc, options.labelOverrides ?? {}).reading;
}

/** A reading with where each field was found. */
export function readStructure(
  doc: Document,
  options: ReadOptions = {},
): { reading: PageReading; fields: FieldStructure[] } {
  const { reading, ctx } = readFresh(doc, options.labelOverrides ?? {});
  const fields: FieldStructure[] = [];
  for (const def of ctx?.defs ?? []) {
    const f = ctx!.found.get(def.id);
    if (!f) continue;
    fields.push({
      id: def.id,
      question: f.question,
      label: f.label,
      controls: f.ctls.map((c) => c.el),
      table: f.table?.el ?? null,
    });
  }
  return { reading, fields };
}
