/**
 * The worker's input, as the checker needs it (checker.ts): input, change and click events on the
 * page, in the capture phase, each asking for a re-check.
 *
 * Typing into a text field is a burst of input events, one per key. After the first, the field is
 * no longer listened to key by key: it is looked at when the re-check falls due, and if its value
 * has changed since, the worker is still typing and the check waits on (`typingGoesOn`). The
 * checker is told when typing starts and stops (`typingChanged`): meanwhile it does not watch the
 * page's changes either, so that none of the extension's code runs with the worker's keys
 * (docs/performance.md).
 *
 * A click into a text field changes nothing the checker reads (what is then typed does): it asks
 * for no re-check.
 */
import { inputKind } from '@/lib/page/reader/index-walk';

interface TextField {
  readonly value: string;
  readonly isConnected: boolean;
}

const EVENTS = ['input', 'change', 'click'] as const;

export class PageInput {
  /** The text field typed into and its value when last looked at; null: every input listened to. */
  private field: { el: TextField; value: string } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: Element,
    private readonly changed: () => void,
    private readonly typingChanged: (typing: boolean) => void = () => {},
  ) {}

  /** Whether a text field is being typed into. */
  get typing(): boolean {
    return this.field !== null;
  }

  start(): void {
    for (const type of EVENTS) this.doc.addEventListener(type, this.onEvent, true);
  }

  stop(): void {
    for (const type of EVENTS) this.doc.removeEventListener(type, this.onEvent, true);
    if (!this.field) return;
    this.field = null;
    this.typingChanged(false);
  }

  /**
   * Whether the field being typed into has changed since it was last looked at: the worker types
   * on. When not, every input is listened to again.
   */
  typingGoesOn(): boolean {
    const field = this.field;
    if (!field) return false;
    const now = field.el.isConnected ? field.el.value : field.value;
    if (now !== field.value) {
      field.value = now;
      return true;
    }
    this.listenAgain();
    return false;
  }

  /** Listen to every input again (before a check, which sees what was typed). */
  listenAgain(): void {
    if (!this.field) return;
    this.field = null;
    this.doc.addEventListener('input', this.onEvent, true);
    this.typingChanged(false);
  }

  private onEvent = (e: Event): void => {
    // Our own controls (retargeted to the host at document level) change nothing on the page.
    if (e.target === this.host) return;
    const field = textField(e.target);
    if (e.type === 'click' && field) return;
    // The first key typed into a text field: typing starts (before the re-check is asked for,
    // which then waits at idle moments).
    if (e.type === 'input' && field && !this.field) {
      this.field = { el: field, value: field.value };
      this.doc.removeEventListener('input', this.onEvent, true);
      this.typingChanged(true);
    }
    this.changed();
  };
}

/**
 * A text box or text area of the page's (inside a shadow root, the target is its host instead):
 * an input the reader takes as a text control (index-walk.ts), not a tick box, radio or button.
 */
function textField(target: EventTarget | null): TextField | null {
  const el = target as Element | null;
  const typedInto =
    el?.tagName === 'TEXTAREA' ||
    (el?.tagName === 'INPUT' && inputKind((el as HTMLInputElement).type) === 'text');
  if (!typedInto) return null;
  const value = (el as unknown as { value?: unknown }).value;
  return typeof value === 'string' ? (el as unknown as TextField) : null;
}
