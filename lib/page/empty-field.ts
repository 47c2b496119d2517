/**
 * An empty field entry of a page snapshot: for the reader, for building snapshots in code and
 * tests. Kept apart from snapshot.ts so that the reader does not carry the snapshot's zod schema.
 */
import type { FieldSnapshot } from './snapshot';

export function emptyField(id: string, over: Partial<FieldSnapshot> = {}): FieldSnapshot {
  return {
    id,
    found: false,
    shown: false,
    tab: null,
    section: null,
    value: null,
    values: [],
    options: [],
    rows: [],
    areas: [],
    control: null,
    editable: false,
    ...over,
  };
}
