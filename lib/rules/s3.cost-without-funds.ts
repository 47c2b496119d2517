import { formatPounds } from '../money';
import { foundField, fundsRequired } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 's3.cost-without-funds',
  severity: 'error',
  fields: ['supportPlan', 'fundsRequired'],
  pages: STEPS,
  evaluate(s, ctx) {
    // Blank counts as No; a question not found at all says nothing.
    if (fundsRequired(s) !== false) return [];
    const rows = foundField(s, 'supportPlan')?.rows ?? [];
    const out: FindingDraft[] = [];
    ctx.shared.budget().rowCosts.forEach((c, index) => {
      if (c.kind !== 'amount') return;
      out.push({
        field: 'supportPlan',
        control: rows[index]?.control ?? null,
        row: index,
        message:
          `Row ${index + 1} of the support plan has a cost (${formatPounds(c.pence)}), but “Are funds required to ` +
          'meet any of the carer’s outcomes?” is not Yes. Select Yes if a carer budget is being used, or remove the cost.',
      });
    });
    return out;
  },
});
