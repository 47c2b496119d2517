/**
 * What page reading produces: one plain, serialisable description of the page as a person sees it.
 * The rules work on this alone, never on the DOM.
 */
import { z } from 'zod';
import { PAGE_KINDS } from './kinds';

export const TableRowSchema = z.object({
  /** Cells keyed by column id (fields.ts); columns the page lacks are absent. */
  cells: z.record(z.string(), z.string()),
  /** Key of the row's first control, to move focus to it; null when the row has none. */
  control: z.string().nullable(),
});
export type TableRow = z.infer<typeof TableRowSchema>;

export const AreaSchema = z.object({
  /** The text shown above or beside the area (its question), or '' when there is none. */
  label: z.string(),
  value: z.string(),
  control: z.string().nullable(),
});
export type Area = z.infer<typeof AreaSchema>;

export const FieldSnapshotSchema = z.object({
  id: z.string(),
  /** The page has this field (its question was recognised). */
  found: z.boolean(),
  /** It is shown now (a conditional question may be on the page but closed). */
  shown: z.boolean(),
  /** Visible name of the tab it sits on, or null on a page without tabs. */
  tab: z.string().nullable(),
  /** Section number of the form it sits in, where known. */
  section: z.number().int().nullable(),
  /**
   * text / shown: the text, trimmed (null when blank);
   * choice: the chosen option's visible text (null when none is chosen or "-- Please Select --").
   */
  value: z.string().nullable(),
  /** multi: the visible texts of the ticked options. */
  values: z.array(z.string()),
  /** choice / multi: the option texts the page offers. */
  options: z.array(z.string()),
  /** table: its rows. */
  rows: z.array(TableRowSchema),
  /** areas: each free-text area. */
  areas: z.array(AreaSchema),
  /** Key of the control to focus for this field (see PageReading.controls), or null. */
  control: z.string().nullable(),
  /** The control can be changed by the worker (false for pre-populated and computed values). */
  editable: z.boolean(),
});
export type FieldSnapshot = z.infer<typeof FieldSnapshotSchema>;

export const TabSnapshotSchema = z.object({
  name: z.string(),
  active: z.boolean(),
  /** The tab's content is in the page (it can be read even while another tab is open). */
  loaded: z.boolean(),
});
export type TabSnapshot = z.infer<typeof TabSnapshotSchema>;

export const PageSnapshotSchema = z.object({
  kind: z.enum(PAGE_KINDS).nullable(),
  person: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
  }),
  /** The logged-in worker's name, when the page header shows it. */
  worker: z.string().nullable(),
  tabs: z.array(TabSnapshotSchema),
  fields: z.record(z.string(), FieldSnapshotSchema),
  /** Ids of fields this page kind should have that were not found (conditional ones excepted while closed). */
  notFound: z.array(z.string()),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;

export { emptyField } from './empty-field';
