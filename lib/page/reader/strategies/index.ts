/**
 * Every way of tying controls to a question, in order of trust: the first that finds any
 * compatible control decides. To add a way, write it in a file of its own beside these (with a
 * fixture test under tests/unit/page/reader/strategies/) and put it in this list.
 *
 * Values shown as text beside a label, with no control, are read by value-beside-label.ts.
 */
import { ariaLabel } from './aria-label';
import { ariaLabelledBy } from './aria-labelledby';
import { fieldsetLegend } from './fieldset-legend';
import { labelFor } from './label-for';
import { proximity } from './proximity';
import { tableRow } from './table-row';
import type { Strategy } from './types';
import { wrappingLabel } from './wrapping-label';

export type { Strategy, StrategyInput } from './types';

export const STRATEGIES: readonly Strategy[] = [
  labelFor,
  wrappingLabel,
  ariaLabelledBy,
  ariaLabel,
  fieldsetLegend,
  tableRow,
  proximity,
];

export const EXPLICIT_STRATEGIES = STRATEGIES.filter((s) => s.explicit);
