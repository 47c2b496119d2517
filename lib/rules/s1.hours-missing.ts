import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.hours-missing',
  severity: 'error',
  fields: ['hoursCaring'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(
      s,
      'hoursCaring',
      'Select the Total hours caring per week: ask the carer (or estimate) how many hours of informal support ' +
        'they give the cared for person a week.',
    ),
});
