import { STEPS } from './common/pages';
import { defineRule } from './types';

/** The Care and Support (Eligibility Criteria) Regulations 2015, reg. 3(2), quoted. */
export const REG_3_2 =
  '“(a) the carer’s physical or mental health is, or is at risk of, deteriorating; (b) the carer is unable to ' +
  'achieve any of the following outcomes …”';

export default defineRule({
  id: 's3.statutory-eligibility',
  severity: 'info',
  fields: ['decision'],
  pages: STEPS,
  evaluate(s, ctx) {
    if (ctx.shared.formDecision().result !== 'not-eligible') return [];
    const statutory = ctx.shared.statutoryTest();
    if (statutory.result !== 'met') return [];
    return [
      {
        field: 'decision',
        message:
          'Advice, not a decision: the form shows eligibility not indicated, but the carer may still meet the ' +
          'statutory test. Under reg. 3 of the Care and Support (Eligibility Criteria) Regulations 2015 it is enough ' +
          `that one of the circumstances in reg. 3(2) applies, ${REG_3_2}, and that as a consequence there is, or is ` +
          `likely to be, a significant impact on the carer’s well-being. Here: ${statutory.reasons.join(' ')} ` +
          'Consider recording the impact on the carer’s wellbeing (for example in the Section 3 text) and discuss ' +
          'the carer’s eligibility with your manager.',
      },
    ];
  },
});
