/** Next action rows for the act.* rules' tests: a Purchase Service, a Carers Review, a No Further Action. */
import { ACTIONS } from '../../../lib/page/fields';
import { IN_A_YEAR, ME, rows, value } from './snapshot-builder';

export const purchase = (over: Record<string, string> = {}) => ({
  action: ACTIONS.purchase,
  worker: ME,
  ...over,
});

export const carersReview = (over: Record<string, string> = {}) => ({
  action: ACTIONS.review,
  scheduledDate: IN_A_YEAR,
  team: 'Camden Carers Service',
  ...over,
});

export const nfa = (over: Record<string, string> = {}) => ({
  action: ACTIONS.nfa,
  reason: 'Respite provided only',
  ...over,
});

export const actions = (...list: Array<Record<string, string>>) => rows('nextActions', list);

export const noFunds = [
  value('fundsRequired', 'No'),
  rows('supportPlan', [{ want: 'a', support: 'b' }]),
];
