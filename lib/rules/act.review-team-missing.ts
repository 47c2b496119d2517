import { chosenCell } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 'act.review-team-missing',
  severity: 'error',
  fields: ['nextActions'],
  pages: STEPS,
  evaluate(s, ctx) {
    const out: FindingDraft[] = [];
    for (const a of ctx.shared.nextActions() ?? []) {
      if (a.kind !== 'review' || chosenCell(a.row, 'team') !== null) continue;
      out.push({
        field: 'nextActions',
        control: a.row.control,
        row: a.index,
        message:
          'The Carers Review action has no team: pass it to your team from the ‘Pass to team’ list.',
      });
    }
    return out;
  },
});
