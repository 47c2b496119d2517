/** The detector's finding handed to the sidebar (entrypoints/shared/handoff.ts), taken once, for that document only. */
import { describe, expect, it } from 'vitest';
import { leaveDetection, takeDetection } from '@/entrypoints/shared/handoff';
import type { Detection } from '@/lib/page/detect';

const docA = {} as Document;
const docB = {} as Document;
const found: Detection = {
  kind: 'carers-conversation',
  personId: '2204451',
  personName: 'Jane Doe',
};

describe('detection handoff', () => {
  it('gives the sidebar what the detector found in the same document, once', () => {
    leaveDetection(found, docA);
    expect(takeDetection(docA)).toEqual(found);
    expect(takeDetection(docA)).toBeNull();
  });

  it('gives nothing for another document', () => {
    leaveDetection(found, docA);
    expect(takeDetection(docB)).toBeNull();
    expect(takeDetection(docA)).toBeNull();
  });

  it('gives nothing when nothing was left, or something that is not a detection', () => {
    expect(takeDetection(docA)).toBeNull();
    leaveDetection({ ...found, personId: '22-04' }, docA);
    expect(takeDetection(docA)).toBeNull();
    leaveDetection({ ...found, kind: 'safeguarding' as Detection['kind'] }, docA);
    expect(takeDetection(docA)).toBeNull();
  });
});
