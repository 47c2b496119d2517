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

/** Runs `work` in a task after the next frame has been drawn. */
export function afterNextFrame(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/**
 * How long work taken in parts runs in one task before it pauses for the next (checker.ts):
 * short enough that a task of ours and the drawing after it stay under the 50 ms of a long frame
 * on a slow laptop, long enough that a fast machine takes a re-check in one task.
 */
export const SLICE_MS = 8;
