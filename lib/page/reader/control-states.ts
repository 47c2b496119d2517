/**
 * What the worker has entered in each control of the page (the text, the tick, the option
 * chosen), kept from one reading to the next, so that a re-check knows which controls changed
 * since the last one without asking anything of the page but the controls' own state (no
 * layout, no style).
 */
import type { Ctl } from './walk';

/** The controls changed since the last look, and whether that was text typed into boxes alone. */
export interface ControlChanges {
  changed: ReadonlySet<Element>;
  /**
   * Every change is a text box's text that had text and still has some: typing, which cannot
   * show or hide a question (the page's CSS may open one on `:checked` or `:placeholder-shown`,
   * which such a change leaves as it was).
   */
  typingOnly: boolean;
}

export class ControlStates {
  private readonly states: string[];

  constructor(private readonly ctls: readonly Ctl[]) {
    this.states = ctls.map(stateOf);
  }

  /** The changes since the last call (or since the page was read), noted as seen. */
  changes(): ControlChanges {
    const changed = new Set<Element>();
    let typingOnly = true;
    for (let i = 0; i < this.ctls.length; i++) {
      const c = this.ctls[i];
      const before = this.states[i];
      const now = stateOf(c);
      if (now === before) continue;
      changed.add(c.el);
      if (c.kind !== 'text' || before === '' || now === '') typingOnly = false;
      this.states[i] = now;
    }
    return { changed, typingOnly };
  }
}

function stateOf(c: Ctl): string {
  const el = c.el;
  switch (c.kind) {
    case 'radio':
    case 'checkbox':
      return (el as HTMLInputElement).checked ? '1' : '0';
    case 'select':
      return String((el as HTMLSelectElement).selectedIndex);
    case 'multiselect': {
      const chosen: number[] = [];
      const options = (el as HTMLSelectElement).options;
      for (let i = 0; i < options.length; i++) if (options[i].selected) chosen.push(i);
      return chosen.join(',');
    }
    case 'text':
      return el.localName === 'input' || el.localName === 'textarea'
        ? (el as HTMLInputElement).value
        : (el.textContent ?? '');
  }
}
