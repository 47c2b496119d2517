import { chosenCell } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 'act.nfa-reason-missing',
  severity: 'error',
  fields: ['nextActions'],
  pages: STEPS,
  evaluate(s, ctx) {
    const out: FindingDraft[] = [];
    for (const a of ctx.shared.nextActions() ?? []) {
      if (a.kind !== 'nfa' || chosenCell(a.row, 'reason') !== null) continue;
      out.push({
        field: 'nextActions',
        control: a.row.control,
        row: a.index,
        message: 'The No Further Action has no Reason: choose a ‘Reason’ from the list.',
      });
    }
    return out;
  },
});
