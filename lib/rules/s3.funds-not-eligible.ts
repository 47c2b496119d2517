import { fundsRequired } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.funds-not-eligible',
  severity: 'error',
  fields: ['fundsRequired'],
  pages: STEPS,
  evaluate(s, ctx) {
    if (fundsRequired(s) !== true) return [];
    if (ctx.shared.formDecision().result !== 'not-eligible') return [];
    return [
      {
        field: 'fundsRequired',
        message:
          'Funds are required (Yes), but the answers in Section 3 give “Eligibility not indicated”: funds are there ' +
          'to meet an eligible carer’s outcomes. Check the outcomes, the health question and the wellbeing areas, ' +
          'or answer No to “Are funds required to meet any of the carer’s outcomes?”.',
      },
    ];
  },
});
