import { OUTCOMES } from '../page/fields';
import { answer } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 's3.outcome-missing',
  severity: 'error',
  fields: OUTCOMES.map((o) => o.id),
  pages: STEPS,
  evaluate(s) {
    const out: FindingDraft[] = [];
    for (const o of OUTCOMES) {
      if (answer(s, o.id) !== null) continue;
      out.push({
        field: o.id,
        message: `Select ‘Yes’ or ‘No’: is the carer able to achieve the outcome “${o.label}”?`,
      });
    }
    return out;
  },
});
