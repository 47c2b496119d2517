// @vitest-environment happy-dom
/**
 * A reading in parts (the sidebar's first check, with the page let run between the parts) reads
 * the same as a reading at once, and a reading session keeps a reading only once it is finished.
 */
import { describe, expect, it } from 'vitest';
import { ReadingSession, readPage } from '@/lib/page/reader';
import { READING_STEPS } from '@/lib/page/reader/resolve';
import { rendering } from '../helpers';

function inParts(session: ReadingSession) {
  const parts = session.readInParts();
  let pauses = 0;
  for (;;) {
    const part = parts.next();
    if (part.done) return { reading: part.value, pauses };
    pauses++;
  }
}

describe('a reading in parts', () => {
  it('reads the same as a reading at once, pausing after the walk and after each step', () => {
    for (const file of ['a-label-for-divs.html', 'b-legacy-tables.html', 'e-someone-else.html']) {
      const doc = rendering(file);
      const { reading, pauses } = inParts(new ReadingSession(doc));
      expect(reading.snapshot).toEqual(readPage(doc).snapshot);
      expect(pauses).toBe(1 + READING_STEPS.length);
    }
  });

  it('is kept by the session only once it is finished', () => {
    const doc = rendering('a-label-for-divs.html');
    const session = new ReadingSession(doc);
    // Left after its first part (a check dropped because the page changed): nothing is kept.
    session.readInParts().next();
    expect(inParts(session).pauses).toBe(1 + READING_STEPS.length);
    // Finished: the next reading keeps the structure and reads the values at once.
    expect(inParts(session).pauses).toBe(0);
  });
});
