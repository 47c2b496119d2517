import { tabName } from '../page/kinds';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 'act.none',
  severity: 'error',
  fields: ['nextActions'],
  pages: STEPS,
  evaluate(s, ctx) {
    const actions = ctx.shared.nextActions();
    if (actions === undefined || actions.length > 0) return [];
    const tab = tabName(s.kind, 'actions');
    return [
      {
        field: 'nextActions',
        message:
          `No next action has been added. On the ${tab ? `‘${tab}’ tab` : 'Next actions'}, select ‘Add’ and choose ` +
          'an Action (Carers Review, Purchase Service (Personal Budget) or No Further Action), then ‘Add and close’.',
      },
    ];
  },
});
