import { yesNo } from '../page/answers';
import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.payment-details-missing',
  severity: 'warning',
  fields: ['receivingPayment.details'],
  pages: STEPS,
  evaluate(s) {
    if (yesNo(s, 'receivingPayment') !== 'yes') return [];
    return whenBlank(
      s,
      'receivingPayment.details',
      'The carer is receiving payment for the care they provide (Yes), but Details is empty: say what payment ' +
        'they receive (for example a direct payment).',
    );
  },
});
