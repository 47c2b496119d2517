/**
 * One reading of a page from scratch: the walk, the steps, the snapshot.
 *
 * A reading can also be taken in parts (`readFreshInParts`): the walk (itself in parts of some
 * tens of elements), then each step (itself in parts: field by field, or some tens of texts at a
 * time), then the snapshot, with a pause between them in which
 * whoever reads may let the page run (the sidebar's first check, whose code is not yet compiled
 * and so is slow: docs/performance.md). A page that changes during the pauses must be read again:
 * the reading is of no one moment.
 */
import { detectPage } from '../detect';
import { fieldsFor } from '../fields';
import { ReadContext } from './context';
import { buildLabelSet } from './labels';
import { buildReading } from './reading';
import { READING_STEPS } from './resolve';
import type { PageReading } from './types';
import { toEnd } from './parts';
import { indexDocumentInParts } from './walk';
import { readWorker } from './worker';

export interface FreshReading {
  reading: PageReading;
  ctx: ReadContext | null;
}

export function readFresh(doc: Document, overrides: Record<string, string[]>): FreshReading {
  return toEnd(readFreshInParts(doc, overrides));
}

/** The same reading in parts: each `yield` is a pause between two of them. */
export function* readFreshInParts(
  doc: Document,
  overrides: Record<string, string[]>,
): Generator<void, FreshReading> {
  const detection = detectPage(doc);
  if (!detection) return { reading: notAStep(), ctx: null };
  const idx = yield* indexDocumentInParts(doc);
  yield;
  const ctx = new ReadContext(
    idx,
    detection,
    buildLabelSet(detection.kind, overrides),
    overrides,
    fieldsFor(detection.kind),
  );
  // The label set is built in a part of its own: the first reading of a page runs its code for
  // the first time, and that is slow on a slow machine.
  yield;
  for (const step of READING_STEPS) {
    const parts = step.run(ctx);
    if (parts) yield* parts;
    yield;
  }
  const worker = readWorker(idx);
  yield;
  return { reading: buildReading(ctx, worker), ctx };
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
