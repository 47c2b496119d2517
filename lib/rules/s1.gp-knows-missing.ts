import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.gp-knows-missing',
  severity: 'error',
  fields: ['gpKnows'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(s, 'gpKnows', 'Answer “Does your GP know you are a carer?” (Yes or No).'),
});
