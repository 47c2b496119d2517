import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.communication-missing',
  severity: 'error',
  fields: ['communicationSupport'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(
      s,
      'communicationSupport',
      'Answer “Do you need any support with communication?” (Yes or No).',
    ),
});
