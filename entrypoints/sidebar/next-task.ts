/**
 * A pause between two parts of the sidebar's work, so that each part is a task of its own and no
 * task of ours holds up the page for long (docs/performance.md).
 */

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task: `scheduler.yield()` where the browser has it (input waiting is handled
 * first, and the rest of our work then goes ahead of other waiting tasks), else a message to
 * ourselves (not a timer: browsers hold back timers set from timers by 4 ms each).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The longest `afterNextFrame` waits for the page to be idle after the frame. */
const AFTER_FRAME_TIMEOUT_MS = 500;

/**
 * Runs `work` in a task after the next frame has been drawn, once the page is idle: an idle
 * callback, which the browser runs only once the frame waiting to be drawn is drawn. None of our
 * script runs in the frame itself, which may be long with the page's own drawing.
 */
export function afterNextFrame(work: () => void): void {
  requestIdleCallback(work, { timeout: AFTER_FRAME_TIMEOUT_MS });
}

/**
 * How long work taken in parts runs in one task before it pauses for the next (checker.ts):
 * short enough that a task of ours and the drawing after it stay under the 50 ms of a long frame
 * on a slow laptop, long enough that a fast machine takes a re-check in one task.
 */
export const SLICE_MS = 8;
