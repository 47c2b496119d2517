import { yesNo } from '../page/answers';
import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.gp-contact-missing',
  severity: 'error',
  fields: ['gpContact'],
  pages: STEPS,
  evaluate(s) {
    // Asked only when the GP does not know (the form's own condition, whatever is on screen).
    if (yesNo(s, 'gpKnows') !== 'no') return [];
    return whenBlank(
      s,
      'gpContact',
      'The carer’s GP does not know they are a carer: answer “Would you like us to contact them?” (Yes or No).',
    );
  },
});
