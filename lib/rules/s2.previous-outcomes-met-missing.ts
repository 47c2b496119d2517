import { whenBlank } from './common/checks';
import { REVIEW } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's2.previous-outcomes-met-missing',
  severity: 'error',
  fields: ['review.previousOutcomesMet'],
  pages: REVIEW,
  evaluate: (s) =>
    whenBlank(
      s,
      'review.previousOutcomesMet',
      'Choose whether the previous outcomes were achieved (“Previous outcomes achieved?”): Fully met, Partially met or Not met.',
    ),
});
