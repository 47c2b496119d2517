import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's2.contact-method-missing',
  severity: 'error',
  fields: ['contactMethod'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(s, 'contactMethod', 'Select the Method of contact you had with the carer.'),
});
