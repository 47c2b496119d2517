import { chosenCell } from '../page/answers';
import { sameName } from './common/actions';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 'act.purchase-not-self',
  severity: 'warning',
  fields: ['nextActions'],
  pages: STEPS,
  evaluate(s, ctx) {
    const me = s.worker?.trim();
    if (!me) return [];
    const out: FindingDraft[] = [];
    for (const a of ctx.shared.nextActions() ?? []) {
      if (a.kind !== 'purchase') continue;
      const worker = chosenCell(a.row, 'worker');
      if (worker === null || sameName(worker, me)) continue;
      out.push({
        field: 'nextActions',
        control: a.row.control,
        row: a.index,
        message:
          `Purchase Service (Personal Budget) is passed to ${worker}, not to you (${me}). Assign it to yourself ` +
          '(‘Assign To Me’), so you are able to purchase the direct payment.',
      });
    }
    return out;
  },
});
