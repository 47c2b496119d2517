import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.impact-level-missing',
  severity: 'error',
  fields: ['wellbeingImpactLevel'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(
      s,
      'wellbeingImpactLevel',
      'Select the Impact on physical and mental wellbeing (0 to 3), using the guidance next to it.',
    ),
});
