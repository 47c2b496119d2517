/** What page reading hands out. */
import type { PageSnapshot } from '../snapshot';

export interface ReadOptions {
  /**
   * Extra label texts per field id (settings.labelOverrides). A key `<tableId>.<columnId>` adds
   * header texts to a table's column.
   */
  labelOverrides?: Record<string, string[]>;
}

export interface PageReading {
  snapshot: PageSnapshot;
  /**
   * Control keys (snapshot `control` values) → the page element to focus: the control, a radio
   * group's checked (else first) radio, a row's first control; for a value shown as text, the
   * element showing it (not focusable: scroll it into view).
   */
  controls: Map<string, HTMLElement>;
  /** Control keys → the question's label or legend, to keep in view when focusing. */
  questions: Map<string, HTMLElement>;
  /** Field id → the visible label text it was found by (for the options page's label preview). */
  labels?: Map<string, string>;
}

export interface FieldStructure {
  id: string;
  /** the question's element (label, legend, cell, heading) */
  question: Element | null;
  /** the label text it was found by */
  label: string | null;
  /** the controls that answer it (for areas: each free-text area) */
  controls: HTMLElement[];
  /** for tables: the table (or the element holding the rows) */
  table: Element | null;
}
