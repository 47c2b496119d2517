import { yesNo } from '../page/answers';
import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's2.views-reason-missing',
  severity: 'error',
  fields: ['viewsNotConsideredReason'],
  pages: STEPS,
  evaluate(s) {
    if (yesNo(s, 'viewsConsidered') !== 'no') return [];
    return whenBlank(
      s,
      'viewsNotConsideredReason',
      'The views of the cared for person were not considered (No): you need to provide a reason.',
    );
  },
});
