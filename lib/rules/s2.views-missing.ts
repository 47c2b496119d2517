import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's2.views-missing',
  severity: 'error',
  fields: ['viewsConsidered'],
  pages: STEPS,
  evaluate: (s) =>
    whenBlank(
      s,
      'viewsConsidered',
      'Answer “Were the views of the cared for person considered as part of the assessment?” (Yes or No).',
    ),
});
