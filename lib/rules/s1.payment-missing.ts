import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.payment-missing',
  severity: 'error',
  fields: ['receivingPayment'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(
      s,
      'receivingPayment',
      'Answer “Is the carer receiving payment for any of the care and support they provide? (eg via a direct payment)” (Yes or No).',
    ),
});
