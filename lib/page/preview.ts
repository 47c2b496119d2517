/**
 * The options page's "Test on this page": which fields of this page the reader finds with the
 * given label overrides. Structure only: field ids and the label texts they were found by, never
 * an answer, a name or an id from the page.
 */
import type { PreviewLabelsReply } from '../messages';
import { fieldsFor } from './fields';
import { readPage } from './reader';

export function previewLabelOverrides(
  doc: Document,
  labelOverrides: Record<string, string[]>,
): PreviewLabelsReply | null {
  const reading = readPage(doc, { labelOverrides });
  const kind = reading.snapshot.kind;
  if (!kind) return null;
  const labels = reading.labels ?? new Map<string, string>();
  const missing = new Set(reading.snapshot.notFound);
  return {
    pageKind: kind,
    fields: fieldsFor(kind).map((def) => {
      const label = labels.get(def.id) ?? null;
      const found = label !== null || (def.kind === 'areas' && !missing.has(def.id));
      return { field: def.id, found, label };
    }),
  };
}
