import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.health-missing',
  severity: 'error',
  fields: ['healthDeteriorating'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(
      s,
      'healthDeteriorating',
      'Select ‘Yes’ or ‘No’ for “Is (or is there a risk of) your mental or physical health deteriorating due to your caring role?”',
    ),
});
