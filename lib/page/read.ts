/**
 * Page reading: every field of forms.md, found by its visible text, into one PageSnapshot.
 */
import type { PageSnapshot } from './snapshot';

export interface ReadOptions {
  /** Extra label texts per field id (settings.labelOverrides). */
  labelOverrides?: Record<string, string[]>;
}

export interface PageReading {
  snapshot: PageSnapshot;
  /** Control keys (snapshot `control` values) → the page element to focus. */
  controls: Map<string, HTMLElement>;
  /** Control keys → the question's label or legend, to keep in view when focusing. */
  questions: Map<string, HTMLElement>;
}

export function readPage(_root: Document, _options: ReadOptions = {}): PageReading {
  throw new Error('not implemented yet');
}
