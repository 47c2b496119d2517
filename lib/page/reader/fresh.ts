/** One reading of a page from scratch: the walk, the steps, the snapshot. */
import { detectPage } from '../detect';
import { fieldsFor } from '../fields';
import { ReadContext } from './context';
import { buildLabelSet } from './labels';
import { buildReading } from './reading';
import { runReadingSteps } from './resolve';
import type { PageReading } from './types';
import { indexDocument } from './walk';
import { readWorker } from './worker';

export function readFresh(
  doc: Document,
  overrides: Record<string, string[]>,
): { reading: PageReading; ctx: ReadContext | null } {
  const detection = detectPage(doc);
  if (!detection) return { reading: notAStep(), ctx: null };
  const idx = indexDocument(doc);
  const ctx = new ReadContext(
    idx,
    detection,
    buildLabelSet(detection.kind, overrides),
    overrides,
    fieldsFor(detection.kind),
  );
  runReadingSteps(ctx);
  return { reading: buildReading(ctx, readWorker(idx)), ctx };
}

/** The reading of a page that is no step of ours. */
function notAStep(): PageReading {
  return {
    snapshot: {
      kind: null,
      person: { id: null, name: null },
      worker: null,
      tabs: [],
      fields: {},
      notFound: [],
    },
    controls: new Map(),
    questions: new Map(),
    labels: new Map(),
  };
}
