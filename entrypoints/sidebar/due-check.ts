/**
 * When the checker's next check runs (checker.ts): `after` a debounce from the latest time it was
 * asked for, by one timer that waits out the rest of a burst when it fires early; while a text
 * field has the focus (`typing`), with no timer at all: at the first look at the field that finds
 * it as it was (`settled`, page-input.ts), the typing having paused, so that typing runs no more of
 * our tasks than the looks. A field left while a check waits for a look hands it back to the timer.
 */
import { DueCall } from './due-call';

export class DueCheck {
  private readonly timer = new DueCall(() => this.whenDue());
  /** When the check asked for is due (performance.now()). */
  private due = 0;
  /** The check waits for a look that finds the focused field as it was. */
  private awaitingLook = false;

  constructor(
    private readonly typing: () => boolean,
    private readonly run: () => void,
  ) {}

  /** Whether a check is waiting. */
  get waiting(): boolean {
    return this.timer.waiting || this.awaitingLook;
  }

  /** The check is due `ms` from now, in place of any due before. */
  after(ms: number): void {
    this.due = performance.now() + ms;
    this.waitFor(ms);
  }

  cancel(): void {
    this.timer.cancel();
    this.awaitingLook = false;
  }

  /** A look found the focused text field as it was: a check that is due runs. */
  settled(): void {
    if (!this.awaitingLook || performance.now() < this.due) return;
    this.awaitingLook = false;
    this.run();
  }

  /** The focused text field was left: a check waiting for a look waits out its debounce. */
  typingStopped(): void {
    if (!this.awaitingLook) return;
    this.awaitingLook = false;
    this.timer.after(Math.max(0, this.due - performance.now()));
  }

  private waitFor(ms: number): void {
    if (this.typing()) this.awaitingLook = true;
    else this.timer.after(ms);
  }

  private whenDue(): void {
    const wait = this.due - performance.now();
    if (wait >= 1 || this.typing()) return this.waitFor(wait);
    this.run();
  }
}
