import { NFA_OTHER } from '../page/fields';
import { cell, chosenCell } from '../page/answers';
import { normaliseText } from '../page/text';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

const OTHER = normaliseText(NFA_OTHER);
const OTHER_SHORT = 'other';

export default defineRule({
  id: 'act.nfa-other-note-missing',
  severity: 'error',
  fields: ['nextActions'],
  pages: STEPS,
  evaluate(s, ctx) {
    const out: FindingDraft[] = [];
    for (const a of ctx.shared.nextActions() ?? []) {
      if (a.kind !== 'nfa') continue;
      const reason = chosenCell(a.row, 'reason');
      if (reason === null) continue;
      const r = normaliseText(reason);
      if (r !== OTHER && r !== OTHER_SHORT) continue;
      if (cell(a.row, 'note') !== null) continue;
      out.push({
        field: 'nextActions',
        control: a.row.control,
        row: a.index,
        message:
          'The No Further Action reason is “Other (Please specify below)”: use the Note box to elaborate.',
      });
    }
    return out;
  },
});
