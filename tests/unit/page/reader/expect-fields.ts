/** Compare a reading with the expected values of tests/unit/fixtures/expected.ts, field by field. */
import { expect } from 'vitest';
import { fieldsFor } from '@/lib/page/fields';
import type { PageKind } from '@/lib/page/kinds';
import type { PageSnapshot } from '@/lib/page/snapshot';
import type { Expect } from '../../fixtures/expected';

/** The expected properties of one field, taken from the snapshot. */
export function actualFor(snapshot: PageSnapshot, id: string, e: Expect): Record<string, unknown> {
  const s = snapshot.fields[id];
  const out: Record<string, unknown> = {};
  if (!s) return { missing: true };
  for (const k of Object.keys(e) as Array<keyof Expect>) {
    if (k === 'cells') out.cells = s.rows.map((r) => r.cells);
    else if (k === 'areas') out.areas = s.areas.map((a) => ({ label: a.label, value: a.value }));
    else out[k] = s[k as keyof typeof s];
  }
  return out;
}

/**
 * Every field of the page kind must be listed in `expected` (so that no field goes unchecked),
 * and each listed property must be equal. All differences are reported at once.
 */
export function expectFields(
  snapshot: PageSnapshot,
  kind: PageKind,
  expected: Record<string, Expect>,
): void {
  const ids = fieldsFor(kind).map((f) => f.id);
  expect(
    Object.keys(expected).sort(),
    'the expectations list every field of the page kind',
  ).toEqual([...ids].sort());
  for (const id of ids) {
    expect.soft(actualFor(snapshot, id, expected[id]), id).toEqual(expected[id]);
  }
}

/** Every found field of the main form sits in the section fields.ts gives it, on the named tab. */
export function expectPlaces(
  snapshot: PageSnapshot,
  kind: PageKind,
  tabs: Partial<Record<'form' | 'personDetails' | 'actions', string>>,
): void {
  for (const def of fieldsFor(kind)) {
    const s = snapshot.fields[def.id];
    if (!s?.found) continue;
    const tab = tabs[def.tab as 'form'];
    if (tab) expect.soft(s.tab, `${def.id} tab`).toBe(tab);
    if (def.tab === 'form') expect.soft(s.section, `${def.id} section`).toBe(def.section);
  }
}
