import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.caring-level-missing',
  severity: 'error',
  fields: ['caringLevel'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(
      s,
      'caringLevel',
      'Select the level of the caring role (0 to 3), using the guidance next to it to decide which one most applies.',
    ),
});
