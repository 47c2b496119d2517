import { fundsRequired } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 'act.purchase-without-funds',
  severity: 'warning',
  fields: ['nextActions', 'fundsRequired'],
  pages: STEPS,
  evaluate(s, ctx) {
    if (fundsRequired(s) !== false) return [];
    const out: FindingDraft[] = [];
    for (const a of ctx.shared.nextActions() ?? []) {
      if (a.kind !== 'purchase') continue;
      out.push({
        field: 'nextActions',
        control: a.row.control,
        row: a.index,
        message:
          'Purchase Service (Personal Budget) is added, but “Are funds required to meet any of the carer’s ' +
          'outcomes?” is not Yes. If you are providing a carer budget, select Yes there; if not, remove the Purchase Service action.',
      });
    }
    return out;
  },
});
