/**
 * The detector's finding, handed to the sidebar without detecting the page twice. Both content
 * scripts run in the extension's own isolated world of the same frame (the page cannot see or set
 * its globals): the detector leaves what it found there, and the sidebar, which the background
 * loads into that frame because of it, takes it. Without one (a sidebar loaded some other way),
 * the sidebar detects the page itself.
 */
import type { Detection } from '@/lib/page/detect';

const KEY = '__mosaicCompanionDetection';
const KINDS = new Set(['person-summary', 'carers-conversation', 'carers-review']);

export function leaveDetection(found: Detection, doc: Document = document): void {
  (globalThis as Record<string, unknown>)[KEY] = { found, doc };
}

/** What the detector found in this document, once; null when it left nothing for it. */
export function takeDetection(doc: Document = document): Detection | null {
  const g = globalThis as Record<string, unknown>;
  const left = g[KEY] as { found?: Detection; doc?: Document } | undefined;
  delete g[KEY];
  const d = left?.found;
  if (!left || left.doc !== doc || !d) return null;
  if (
    !KINDS.has(d.kind) ||
    typeof d.personId !== 'string' ||
    !/^\d{1,12}$/.test(d.personId) ||
    typeof d.personName !== 'string'
  )
    return null;
  return { kind: d.kind, personId: d.personId, personName: d.personName };
}
