import { yesNo } from '../page/answers';
import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.communication-details-missing',
  severity: 'warning',
  fields: ['communicationSupport.details'],
  pages: STEPS,
  evaluate(s) {
    if (yesNo(s, 'communicationSupport') !== 'yes') return [];
    return whenBlank(
      s,
      'communicationSupport.details',
      'The carer needs support with communication (Yes), but Details is empty: describe the support they need.',
    );
  },
});
