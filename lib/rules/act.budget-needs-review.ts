import { fundsRequired } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 'act.budget-needs-review',
  severity: 'error',
  fields: ['nextActions', 'fundsRequired'],
  pages: STEPS,
  evaluate(s, ctx) {
    const actions = ctx.shared.nextActions();
    if (actions === undefined || fundsRequired(s) !== true) return [];
    if (actions.some((a) => a.kind === 'review')) return [];
    return [
      {
        field: 'nextActions',
        message:
          'A carer budget is being provided (funds are required): also add the action Carers Review, so the carer ' +
          'can be reviewed in a year’s time, and pass it to your team.',
      },
    ];
  },
});
