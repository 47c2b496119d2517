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
 * Work taken in parts (lib/page/reader/parts.ts), in tasks of about `sliceMs` each: `pause` goes on
 * at once while this task's slice lasts, else waits for the next task (`next`).
 */
export class Slices {
  private sliceStart = performance.now();

  constructor(
    private readonly next: () => Promise<void> = nextTask,
    private readonly sliceMs: number = SLICE_MS,
  ) {}

  /** Resolves true once it has waited for a new task, false when the slice had time left. */
  async pause(): Promise<boolean> {
    if (performance.now() - this.sliceStart < this.sliceMs) return false;
    await this.next();
    this.sliceStart = performance.now();
    return true;
  }

  /**
   * Takes `parts` to its end, pausing between parts; null when, after a wait for a new task, the
   * work is no longer `wanted`.
   */
  async take<T>(
    parts: Generator<void, T>,
    wanted: () => boolean = () => true,
  ): Promise<{ value: T } | null> {
    let part = parts.next();
    while (!part.done) {
      if ((await this.pause()) && !wanted()) return null;
      part = parts.next();
    }
    return { value: part.value };
  }

  /** Takes `parts` to its end, pausing between parts (work always wanted). */
  async all<T>(parts: Generator<void, T>): Promise<T> {
    const taken = await this.take(parts);
    if (!taken) throw new Error('work taken in parts was dropped though always wanted');
    return taken.value;
  }
}

/**
 * How long work taken in parts runs in one task before it pauses for the next (checker.ts):
 * short enough that a task of ours and the drawing after it stay under the 50 ms of a long frame
 * on a slow laptop, long enough that a fast machine takes a re-check in one task.
 */
export const SLICE_MS = 8;
