/**
 * The worker's input, as the checker needs it (checker.ts), with none of the extension's script
 * in the page's own input events, whose frames the page's work may make long (docs/performance.md):
 *
 * - change events on the page, in the capture phase (a box ticked, an option chosen, a text field
 *   left with new text in it), each asking for a re-check;
 * - the text field that has the focus, looked at in the page's idle moments, LOOK_EVERY_MS apart
 *   while one has it (idle callbacks, which the browser runs when the page's thread has nothing
 *   else to do, never as part of its handling of a click or a key; now and then one still falls in
 *   a frame the browser owes, which the page's work may make long: docs/performance.md). While a
 *   text box or area has the focus, the checker does not watch the page's changes
 *   (`typingChanged`): a page that redraws part of itself on every key would run our code with
 *   each. The field's text asks for a re-check whenever a look finds it changed, and the check
 *   runs when a look finds it as it was (`settled`): the typing has paused. Elements added to or
 *   taken from the page meanwhile ask for a re-check too.
 *
 * A click runs nothing here: one that changes an answer fires a change event, and one that
 * changes the page (a row added, a tab opened) is seen by the checker's observer.
 */
import { inputKind } from '@/lib/page/reader/index-walk';
import { elementCount } from '@/lib/page/reader/session';
import { DueCall } from './due-call';

/**
 * While a text field has the focus, how long after a look the next one waits (then for an idle
 * moment): few enough that the looks seldom meet a frame the page's typing makes long, often
 * enough that the findings follow the typing (the check itself waits for the typing to pause:
 * due-check.ts). Without one, the looks come at each idle moment, so that the focus is seen before
 * the first key.
 */
export const LOOK_EVERY_MS = 250;

interface TextField {
  readonly value: string;
  readonly isConnected: boolean;
}

export class PageInput {
  /** The text field with the focus and its text when last looked at; null: none has it. */
  private field: { el: TextField; value: string; elements: number } | null = null;
  /** The next look, waiting for an idle moment. */
  private readonly nextLook = new DueCall(() => this.look());

  constructor(
    private readonly doc: Document,
    private readonly host: Element,
    private readonly changed: () => void,
    private readonly typingChanged: (typing: boolean) => void = () => {},
    private readonly settled: () => void = () => {},
  ) {}

  /** Whether a text field has the focus (the worker may be typing into it). */
  get typing(): boolean {
    return this.field !== null;
  }

  start(): void {
    this.doc.addEventListener('change', this.onChange, true);
    this.nextLook.atIdle();
  }

  stop(): void {
    this.doc.removeEventListener('change', this.onChange, true);
    this.nextLook.cancel();
    if (!this.field) return;
    this.field = null;
    this.typingChanged(false);
  }

  /** Looks at the focus and at the field that has it, then waits for the next idle moment. */
  look = (): void => {
    const now = focusedTextField(this.doc, this.host);
    const field = this.field;
    if (now !== field?.el) {
      if (field) {
        this.field = null;
        this.typingChanged(false);
        if (field.el.value !== field.value) this.changed();
      }
      if (now) {
        this.field = { el: now, value: now.value, elements: elementCount(this.doc) };
        this.typingChanged(true);
      }
    } else if (field) {
      const elements = elementCount(this.doc);
      if (field.el.value !== field.value || elements !== field.elements) {
        field.value = field.el.value;
        field.elements = elements;
        this.changed();
      } else this.settled();
    }
    // While a field has the focus, the worker may be typing: the page is busy, and the looks wait.
    this.nextLook.atIdle(this.field ? LOOK_EVERY_MS : 0);
  };

  private onChange = (e: Event): void => {
    // Our own controls (retargeted to the host at document level) change nothing on the page.
    if (e.target !== this.host) this.changed();
  };
}

/**
 * The page's text box or text area that has the focus (looked for inside open shadow roots), or
 * null: an input the reader takes as a text control (index-walk.ts), not a tick box, radio or
 * button, and never one of ours.
 */
function focusedTextField(doc: Document, host: Element): TextField | null {
  let el = doc.activeElement;
  if (!el || el === host) return null;
  while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const typedInto =
    el.tagName === 'TEXTAREA' ||
    (el.tagName === 'INPUT' && inputKind((el as HTMLInputElement).type) === 'text');
  if (!typedInto) return null;
  const value = (el as unknown as { value?: unknown }).value;
  return typeof value === 'string' ? (el as unknown as TextField) : null;
}
