/**
 * The detector's findings handed to the sidebar of the same frame (entrypoints/shared/handoff.ts):
 * what it last found, for that document only, checked, and each change told to the sidebar that
 * follows, the newest copy only.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  followFound,
  leaveFound,
  offerWatch,
  pauseWatch,
  sidebarFollows,
} from '@/entrypoints/shared/handoff';
import type { Detection } from '@/lib/page/detect';

const found: Detection = {
  kind: 'carers-conversation',
  personId: '2204451',
  personName: 'Jane Doe',
};

describe('detection handoff', () => {
  it('gives a sidebar what the detector last found in the same document', () => {
    const doc = {} as Document;
    leaveFound(found, doc);
    const follow = followFound(() => {}, doc);
    expect(follow.found).toEqual(found);
    follow.stop();
  });

  it('says when no detector has looked at the document, and when it found nothing', () => {
    const docA = {} as Document;
    const docB = {} as Document;
    leaveFound(found, docA);
    expect(followFound(() => {}, docB).found).toBeUndefined();
    leaveFound(null, docB);
    expect(followFound(() => {}, docB).found).toBeNull();
  });

  it('refuses what is not a finding', () => {
    const doc = {} as Document;
    leaveFound({ ...found, personId: '22-04' }, doc);
    expect(followFound(() => {}, doc).found).toBeNull();
    leaveFound({ ...found, kind: 'safeguarding' as Detection['kind'] }, doc);
    expect(followFound(() => {}, doc).found).toBeNull();
  });

  it('tells the sidebar that follows each look, until it stops; a newer copy takes over', () => {
    const doc = {} as Document;
    const older = vi.fn();
    const newer = vi.fn();
    const first = followFound(older, doc);
    expect(sidebarFollows(doc)).toBe(true);
    leaveFound(found, doc);
    expect(older).toHaveBeenLastCalledWith(found);
    const second = followFound(newer, doc);
    first.stop();
    expect(sidebarFollows(doc)).toBe(true);
    leaveFound(null, doc);
    expect(older).toHaveBeenCalledTimes(1);
    expect(newer).toHaveBeenLastCalledWith(null);
    second.stop();
    expect(sidebarFollows(doc)).toBe(false);
  });
  it("pauses the detector's watch for a sidebar, and resumes it once", () => {
    const doc = {} as Document;
    const watch = { pause: vi.fn(), resume: vi.fn() };
    offerWatch(watch, doc);
    const resume = pauseWatch(doc);
    expect(watch.pause).toHaveBeenCalledTimes(1);
    resume();
    resume();
    expect(watch.resume).toHaveBeenCalledTimes(1);
    // without a detector there is nothing to pause
    expect(() => pauseWatch({} as Document)()).not.toThrow();
  });
});
