import { foundField } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 's3.cost-invalid',
  severity: 'error',
  fields: ['supportPlan'],
  pages: STEPS,
  evaluate(s, ctx) {
    const rows = foundField(s, 'supportPlan')?.rows ?? [];
    const out: FindingDraft[] = [];
    ctx.shared.budget().rowCosts.forEach((c, index) => {
      if (c.kind !== 'invalid') return;
      out.push({
        field: 'supportPlan',
        control: rows[index]?.control ?? null,
        row: index,
        message:
          `The total cost in row ${index + 1} of the support plan, “${c.text}”, is not an amount of money above £0. ` +
          'Enter the cost in pounds, for example 600 or £600.00, or leave it blank if this support costs nothing.',
      });
    });
    return out;
  },
});
