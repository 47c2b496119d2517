import { DECISIONS } from '../page/fields';
import { answer } from '../page/answers';
import { normaliseText } from '../page/text';
import { STEPS } from './common/pages';
import { defineRule } from './types';

const INDICATED = normaliseText(DECISIONS[0]);
const NOT_INDICATED = normaliseText(DECISIONS[1]);

export default defineRule({
  id: 's3.decision-mismatch',
  severity: 'error',
  fields: ['decision'],
  pages: STEPS,
  evaluate(s, ctx) {
    const shown = answer(s, 'decision');
    if (shown == null) return [];
    const n = normaliseText(shown);
    const page = n === INDICATED ? 'eligible' : n === NOT_INDICATED ? 'not-eligible' : null;
    const computed = ctx.shared.formDecision();
    if (page === null || computed.result === 'incomplete' || computed.result === page) return [];
    const expected = computed.result === 'eligible' ? DECISIONS[0] : DECISIONS[1];
    return [
      {
        field: 'decision',
        message:
          `The Decision shows “${shown}”, but the answers in Section 3 give “${expected}”: ${computed.reasons.join(' ')} ` +
          'Check the outcomes, the health question and the wellbeing areas; if they are right, save the step so ' +
          'Mosaic works the Decision out again.',
      },
    ];
  },
});
