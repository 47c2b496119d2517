/** What every way of tying controls to a question is given, and what it is. */
import type { QMatch, ReadContext } from '../context';
import type { Ctl } from '../walk';

export interface StrategyInput {
  ctx: ReadContext;
  /** the question's text on the page */
  m: QMatch;
  /** the next recognised question or section heading: controls from there on are not this one's */
  limit: number;
  /** may this control answer the question (its kind fits, and it is free to take)? */
  accept: (c: Ctl) => boolean;
}

export interface Strategy {
  name: string;
  /**
   * The page itself ties the controls to the question (label for, wrapping label, aria): such
   * ties decide contested controls (claims.ts), and a value shown as text is only read this way.
   */
  explicit: boolean;
  /** the controls found, in document order; [] when this way finds none */
  find(input: StrategyInput): Ctl[];
}
