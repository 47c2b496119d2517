/**
 * A waiting call, the checker's re-check (due-check.ts) or the next look at the focus
 * (page-input.ts): after a delay, by a timer; or at the page's first idle moment (after a delay,
 * if one is given), by an idle callback. The browser runs idle callbacks between frames, once the
 * frame waiting to be drawn is drawn, so that none of our script runs in the frame of a key typed,
 * which the page's own work may make long (docs/performance.md).
 */

/** The longest an idle call waits for an idle moment. */
const IDLE_TIMEOUT_MS = 1000;
/** Where the browser has no idle callbacks: a timer of this many ms instead. */
const NO_IDLE_CALLBACKS_MS = 50;

export class DueCall {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: number | null = null;

  constructor(private readonly call: () => void) {}

  /** Whether a call is waiting. */
  get waiting(): boolean {
    return this.timer !== null || this.idle !== null;
  }

  /** Calls after `ms`, unless a call is waiting already. */
  after(ms: number): void {
    if (!this.waiting) this.timer = setTimeout(this.fire, ms);
  }

  /**
   * Calls at the page's first idle moment after `ms` (by default the next one), in place of a call
   * waiting. Waiting first keeps our calls few while the page is busy, as it is while the worker
   * types: each call is a chance to fall in a frame the page's work makes long.
   */
  atIdle(ms = 0): void {
    this.cancel();
    if (ms > 0) this.timer = setTimeout(this.whenIdle, ms);
    else this.whenIdle();
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.idle !== null) cancelIdleCallback(this.idle);
    this.timer = null;
    this.idle = null;
  }

  private whenIdle = (): void => {
    this.timer = null;
    if (typeof requestIdleCallback === 'function')
      this.idle = requestIdleCallback(this.fire, { timeout: IDLE_TIMEOUT_MS });
    else this.timer = setTimeout(this.fire, NO_IDLE_CALLBACKS_MS);
  };

  private fire = (): void => {
    this.timer = null;
    this.idle = null;
    this.call();
  };
}
