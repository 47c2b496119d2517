import { foundField, fundsRequired } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.funds-without-cost',
  severity: 'warning',
  fields: ['supportPlan'],
  pages: STEPS,
  evaluate(s, ctx) {
    if (fundsRequired(s) !== true || foundField(s, 'supportPlan') === undefined) return [];
    if (ctx.shared.budget().rowCosts.some((c) => c.kind === 'amount')) return [];
    return [
      {
        field: 'supportPlan',
        message:
          'Funds are required (Yes), but no row of the support plan has a cost: for the outcome the carer budget ' +
          'is used for, detail how much in the ‘total cost’ box.',
      },
    ];
  },
});
