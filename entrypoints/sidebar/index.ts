/**
 * The sidebar, loaded by the background (`executeScript`) into a frame where the detector found a
 * supported page. Everything we add to the page is one element, <mosaic-companion>, with the
 * sidebar in its open shadow root; the page's own DOM is never changed.
 *
 * An unlisted script, not a content script: WXT's content script wrapper starts its context
 * while the script is still being evaluated, and the start message that context posts makes the
 * browser note where in the script it was posted from, which costs a second parse of the whole
 * script in the same task (docs/performance.md). Here evaluating the script does nothing but
 * schedule the start (start.ts) in a task of its own, so the page never waits long for us.
 *
 * Not async: the background's executeScript waits for what this returns, and while it waits, a
 * page still loading cannot fire its load event.
 */
import { nextTask } from './next-task';

export default defineUnlistedScript(() => {
  void nextTask()
    .then(() => import('./start'))
    .then(({ startSidebar }) => startSidebar());
});
