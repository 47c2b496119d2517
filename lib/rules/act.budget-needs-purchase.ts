import { fundsRequired } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 'act.budget-needs-purchase',
  severity: 'error',
  fields: ['nextActions', 'fundsRequired'],
  pages: STEPS,
  evaluate(s, ctx) {
    const actions = ctx.shared.nextActions();
    if (actions === undefined || fundsRequired(s) !== true) return [];
    if (actions.some((a) => a.kind === 'purchase')) return [];
    return [
      {
        field: 'nextActions',
        message:
          'Funds are required to meet the carer’s outcomes: add the action Purchase Service (Personal Budget) ' +
          'and assign it to yourself, so you are able to purchase the direct payment.',
      },
    ];
  },
});
