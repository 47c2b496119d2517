/** What a field of forms.md is, as the reader and the rules know it. */
import type { PageKind } from '../kinds';

export type ControlKind =
  /** a text box, text area or date the worker types into */
  | 'text'
  /** one answer of several: radio buttons or a drop-down; the value is the option's visible text */
  | 'choice'
  /** tick boxes; the value is the visible texts of those ticked */
  | 'multi'
  /** a repeating table; rows of cells keyed by column id */
  | 'table'
  /** a value the form shows but the worker cannot change (pre-populated or computed) */
  | 'shown'
  /** a group of free-text areas identified by where they are, not by label */
  | 'areas';

/** Where a field sits: the step's main form tab, the Person Details form or the next actions. */
export type TabRole = 'form' | 'personDetails' | 'actions' | 'summary';

export interface ColumnDef {
  id: string;
  labels: string[];
}

export type ShownWhen<Id extends string = string> =
  { field: Id; equals: string } | { field: Id; includes: string };

/** A field; `Id` is the type of its id and of the ids it refers to (FieldId within FIELDS). */
export interface FieldDef<Id extends string = string, Ref extends string = Id> {
  id: Id;
  /** Page kinds that have this field. */
  pages: PageKind[];
  tab: TabRole;
  /** Section number of the step's form (1, 2, 3), where there is one. */
  section: number | null;
  kind: ControlKind;
  /** Visible question / label texts. Empty for `areas`. */
  labels: string[];
  /** Visible option texts, for `choice` and `multi`, in the form's order. */
  options?: string[];
  /** Columns, for `table`. */
  columns?: ColumnDef[];
  /** For a box that belongs to another question (a "Details" box under a Yes/No): that question. */
  within?: Ref;
  /** Shown by the form only under this condition; while hidden it may be absent from the page. */
  shownWhen?: ShownWhen<Ref>;
  /** Mandatory on the form (shown with `*`). Informational; the rules decide. */
  required?: boolean;
  /**
   * For `table`: the page may show its rows without column headers (a person summary's panels);
   * then cells are read by position, in the order of `columns`.
   */
  positional?: boolean;
}

/**
 * The table as written, its type keeping each id as a literal, so that FieldId lists them. The ids
 * a field refers to (`within`, `shownWhen`) must be among them but do not add to them.
 */
export function fieldTable<const Id extends string>(
  fields: FieldDef<Id, NoInfer<Id>>[],
): FieldDef<Id>[] {
  return fields;
}
