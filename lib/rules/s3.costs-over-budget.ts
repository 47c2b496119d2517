import { formatPounds } from '../money';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.costs-over-budget',
  severity: 'warning',
  fields: ['supportPlan'],
  pages: STEPS,
  evaluate(s, ctx) {
    const b = ctx.shared.budget();
    if (b.suggested === null || b.costs <= b.suggested) return [];
    return [
      {
        field: 'supportPlan',
        message:
          `The support plan costs add up to ${formatPounds(b.costs)}, more than the suggested budget of ` +
          `${formatPounds(b.suggested)} from the council’s table. The budget is a guide only, but a different figure ` +
          'needs the authorising manager’s approval: email them, and they will case-note it.',
      },
    ];
  },
});
