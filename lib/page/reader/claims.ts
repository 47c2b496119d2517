/**
 * Which field a form control belongs to. The rule, whatever order fields are read in:
 *
 * 1. A control the page ties to a question (`<label for>`, a wrapping `<label>`, aria) belongs
 *    to that question's field. Such ties are noted for every recognised question before any
 *    field is read (`tie`).
 * 2. The other ways of reading (a fieldset, a table row, proximity, a box under its parent
 *    question) take only controls that are free: not yet taken by a field (`claim`), and not tied
 *    to another field's question.
 */
import type { Ctl, DomIndex } from './walk';

export class Claims {
  private readonly taken = new Set<Ctl>();
  private readonly ties = new Map<Ctl, Set<string>>();

  constructor(readonly idx: DomIndex) {}

  /** The page ties this control to a question of `fieldId`. */
  tie(c: Ctl, fieldId: string): void {
    const s = this.ties.get(c);
    if (s) s.add(fieldId);
    else this.ties.set(c, new Set([fieldId]));
  }

  /** These controls answer a field (table fields: every control of their table). */
  claim(ctls: readonly Ctl[]): void {
    for (const c of ctls) this.taken.add(c);
  }

  isClaimed(c: Ctl): boolean {
    return this.taken.has(c);
  }

  /** May `fieldId` take this control by a way of reading other than the page's own ties? */
  isFree(c: Ctl, fieldId: string): boolean {
    if (this.taken.has(c)) return false;
    const tied = this.ties.get(c);
    return tied === undefined || tied.has(fieldId);
  }
}
