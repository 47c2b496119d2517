/**
 * Reading answers out of a PageSnapshot, the same way for every rule, the eligibility decisions
 * and the budget. The one distinction that matters everywhere: a field the page does not have
 * (`undefined`: not found, so nothing is checked and `page.field-not-found` reports it) against a
 * field the page has but that is blank (`null`).
 */
import { fieldDef, type FieldId } from './fields';
import type { FieldSnapshot, PageSnapshot, TableRow } from './snapshot';
import { normaliseText } from './text';
import { isPlaceholderOption } from './option-text';

/** Trimmed text, or null when blank. */
export function clean(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = text.trim();
  return t === '' ? null : t;
}

/** An option's text, trimmed, or null when blank or a placeholder such as "-- Please Select --". */
export function chosenOption(text: string | null | undefined): string | null {
  const t = clean(text);
  return t === null || isPlaceholderOption(t) ? null : t;
}

/** The field when the page has it; undefined when it was not found. */
export function foundField(s: PageSnapshot, id: FieldId): FieldSnapshot | undefined {
  const f = s.fields[id];
  return f !== undefined && f.found ? f : undefined;
}

/**
 * A text / shown / choice answer: undefined when not found, null when blank (for a choice, also
 * when its placeholder is chosen).
 */
export function answer(s: PageSnapshot, id: FieldId): string | null | undefined {
  const f = foundField(s, id);
  if (f === undefined) return undefined;
  return fieldDef(id)?.kind === 'choice' ? chosenOption(f.value) : clean(f.value);
}

/** The field is on the page and blank. */
export function isBlank(s: PageSnapshot, id: FieldId): boolean {
  return answer(s, id) === null;
}

/** The ticked options of a multi field: undefined when not found. */
export function ticked(s: PageSnapshot, id: FieldId): string[] | undefined {
  return foundField(s, id)?.values;
}

/** The rows of a table field: undefined when not found. */
export function tableRows(s: PageSnapshot, id: FieldId): TableRow[] | undefined {
  return foundField(s, id)?.rows;
}

/** A table cell's text, or null when the row has no such column or it is blank. */
export function cell(row: TableRow, column: string): string | null {
  return clean(row.cells[column]);
}

/** A cell of a drop-down column: its option's text, or null when blank or a placeholder. */
export function chosenCell(row: TableRow, column: string): string | null {
  return chosenOption(row.cells[column]);
}

export type YesNo = 'yes' | 'no' | null;

/** A Yes/No answer: 'yes', 'no', null when blank, undefined when not found. */
export function yesNo(s: PageSnapshot, id: FieldId): YesNo | undefined {
  const v = answer(s, id);
  if (v === undefined) return undefined;
  if (v === null) return null;
  const n = normaliseText(v);
  return n === 'yes' ? 'yes' : n === 'no' ? 'no' : null;
}

const LEADING_LEVEL = /^\s*([0-3])(?![0-9])/;

/** The 0-3 level of an option text such as "2. Moderate (…)" or "0: None …", or null. */
export function leadingLevel(text: string | null | undefined): number | null {
  if (text == null) return null;
  const m = LEADING_LEVEL.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * "Are funds required to meet any of the carer's outcomes?": true for Yes, false for No or blank
 * ("If you leave this blank or select 'No', then the indicative budget will not appear"),
 * undefined when the question was not found.
 */
export function fundsRequired(s: PageSnapshot): boolean | undefined {
  const v = yesNo(s, 'fundsRequired');
  return v === undefined ? undefined : v === 'yes';
}
