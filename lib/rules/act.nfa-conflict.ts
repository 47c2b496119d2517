import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 'act.nfa-conflict',
  severity: 'error',
  fields: ['nextActions'],
  pages: STEPS,
  evaluate(s, ctx) {
    const actions = ctx.shared.nextActions() ?? [];
    const nfa = actions.find((a) => a.kind === 'nfa');
    if (nfa === undefined) return [];
    const others: string[] = [];
    if (actions.some((a) => a.kind === 'purchase'))
      others.push('Purchase Service (Personal Budget)');
    if (actions.some((a) => a.kind === 'review')) others.push('Carers Review');
    if (others.length === 0) return [];
    return [
      {
        field: 'nextActions',
        control: nfa.row.control,
        row: nfa.index,
        message:
          `No Further Action is added together with ${others.join(' and ')}. No Further Action is for when no ` +
          'further actions are required: remove it, or remove the other action.',
      },
    ];
  },
});
