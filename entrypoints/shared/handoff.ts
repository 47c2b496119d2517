/**
 * The detector's findings, handed to the sidebar of the same frame. Both content scripts run in
 * the extension's own isolated world of the frame (the page cannot see or set its globals): the
 * detector leaves there what it last found, and tells the sidebar running in the frame each time
 * that changes (lib/page/follow.ts decides when). Without a detector (a sidebar loaded some other
 * way), the sidebar detects the page itself.
 */
import { checkedFound, type Found } from '@/lib/page/follow';
import type { PageWatch } from './page-watch';

const KEY = '__mosaicCompanionFollow';

type Follower = (found: Found | null) => void;

interface FollowState {
  doc: Document;
  /** Whether the detector has looked at this document. */
  looked: boolean;
  found: Found | null;
  follower: Follower | null;
  /** The detector's watch on the page (page-watch.ts), which a sidebar may pause. */
  watch: PageWatch | null;
}

function stateFor(doc: Document): FollowState {
  const g = globalThis as Record<string, unknown>;
  let s = g[KEY] as FollowState | undefined;
  if (!s || s.doc !== doc) {
    s = { doc, looked: false, found: null, follower: null, watch: null };
    g[KEY] = s;
  }
  return s;
}

/** Whether a sidebar runs in this frame and follows the detector. */
export function sidebarFollows(doc: Document = document): boolean {
  return stateFor(doc).follower !== null;
}

/**
 * The detector: the page now shows `found` (null: nothing supported). Tells the sidebar of this
 * frame, if one runs; a sidebar loaded later takes it when it starts.
 */
export function leaveFound(found: Found | null, doc: Document = document): void {
  const s = stateFor(doc);
  s.looked = true;
  s.found = found;
  s.follower?.(found);
}

/**
 * The sidebar: follows the detector's findings from now on. Returns what the detector last found
 * (undefined when no detector has looked at this document) and how to stop following. A newer
 * copy of the sidebar takes over from an older one.
 */
export function followFound(
  follower: Follower,
  doc: Document = document,
): { found: Found | null | undefined; stop: () => void } {
  const s = stateFor(doc);
  const checked: Follower = (found) => follower(checkedFound(found));
  s.follower = checked;
  const stop = () => {
    if (s.follower === checked) s.follower = null;
  };
  return { found: s.looked ? checkedFound(s.found) : undefined, stop };
}

/** The detector: its watch on the page, for a sidebar that watches the page itself to pause. */
export function offerWatch(watch: PageWatch, doc: Document = document): void {
  stateFor(doc).watch = watch;
}

/**
 * The sidebar, while its checker watches the page change by change: the detector's watch is
 * paused (page-watch.ts). Returns how to resume it; without a detector, nothing is paused.
 */
export function pauseWatch(doc: Document = document): () => void {
  const watch = stateFor(doc).watch;
  watch?.pause();
  let resumed = false;
  return () => {
    if (resumed) return;
    resumed = true;
    watch?.resume();
  };
}
