/**
 * Every field the extension reads, with the visible texts that identify it (forms.md), one file
 * per part of the forms. This is the one table of label patterns: settings may add patterns per
 * field id (`labelOverrides`), nothing else in the code names a label.
 *
 * Labels are matched after `normaliseLabel` (lib/page/text.ts): case, a trailing `*`,
 * surrounding whitespace and punctuation such as `?`, `.`, `:` and curly quotes do not matter.
 */
import type { PageKind } from '../kinds';
import { PERSON_SUMMARY_FIELDS } from './person-summary';
import { SECTION_1_PREPOPULATED } from './section-1-prepopulated';
import { SECTION_1_FIELDS } from './section-1';
import { SECTION_2_FIELDS } from './section-2';
import { SECTION_3_FIELDS } from './section-3';
import { PERSON_DETAILS_FIELDS } from './person-details';
import { NEXT_ACTIONS_FIELDS } from './next-actions';
import type { FieldDef } from './types';

export * from './options';
export type { ColumnDef, ControlKind, FieldDef, ShownWhen, TabRole } from './types';

/** Every field, in form order (the order findings are listed in). */
export const FIELDS = [
  ...PERSON_SUMMARY_FIELDS,
  ...SECTION_1_PREPOPULATED,
  ...SECTION_1_FIELDS,
  ...SECTION_2_FIELDS,
  ...SECTION_3_FIELDS,
  ...PERSON_DETAILS_FIELDS,
  ...NEXT_ACTIONS_FIELDS,
];

/** The id of a field of FIELDS: a misspelt id does not compile. */
export type FieldId = (typeof FIELDS)[number]['id'];

export const FIELD_IDS: FieldId[] = FIELDS.map((f) => f.id);

const BY_ID = new Map<string, FieldDef<FieldId>>(FIELDS.map((f) => [f.id, f]));
export function fieldDef(id: string): FieldDef<FieldId> | undefined {
  return BY_ID.get(id);
}

/** A text that names a field of FIELDS (an id read from a snapshot, say). */
export function isFieldId(id: string): id is FieldId {
  return BY_ID.has(id);
}

export function fieldsFor(kind: PageKind): FieldDef<FieldId>[] {
  return FIELDS.filter((f) => f.pages.includes(kind));
}
