// @vitest-environment happy-dom
/**
 * A reading in parts (the sidebar's first check, with the page let run between the parts) reads
 * the same as a reading at once, and a reading session keeps a reading only once it is finished.
 */
import { describe, expect, it } from 'vitest';
import { ReadingSession, readPage } from '@/lib/page/reader';
import { READING_STEPS } from '@/lib/page/reader/resolve';
import { indexDocumentInParts } from '@/lib/page/reader/walk';
import { rendering, toEndCountingPauses } from '../helpers';

function inParts(session: ReadingSession) {
  const { value, pauses } = toEndCountingPauses(session.readInParts());
  return { reading: value, pauses };
}

/** The pauses within the walk, after it and after each step: a reading from scratch has more. */
function pausesBetweenSteps(doc: Document): number {
  return toEndCountingPauses(indexDocumentInParts(doc)).pauses + 1 + READING_STEPS.length;
}

/** The pauses of a reading from scratch, by a session of its own. */
function pausesFromScratch(doc: Document): number {
  return inParts(new ReadingSession(doc)).pauses;
}

describe('a reading in parts', () => {
  it('reads the same as a reading at once, pausing within and after the walk, within the steps and after each', () => {
    for (const file of ['a-label-for-divs.html', 'b-legacy-tables.html', 'e-someone-else.html']) {
      const doc = rendering(file);
      const { reading, pauses } = inParts(new ReadingSession(doc));
      expect(reading.snapshot).toEqual(readPage(doc).snapshot);
      // field by field within the steps that read fields
      expect(pauses).toBeGreaterThan(pausesBetweenSteps(doc) + 10);
    }
  });

  it('is kept by the session only once it is finished', () => {
    const doc = rendering('a-label-for-divs.html');
    const session = new ReadingSession(doc);
    // Left after its first part (a check dropped because the page changed): nothing is kept.
    session.readInParts().next();
    expect(inParts(session).pauses).toBe(pausesFromScratch(doc));
    // Finished: the next reading keeps the structure and reads the values at once.
    expect(inParts(session).pauses).toBe(0);
  });
});
