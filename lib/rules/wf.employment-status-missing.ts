import { answer } from '../page/answers';
import { SUMMARY } from './common/pages';
import { defineRule } from './types';

/** Texts a page shows in place of a value: "Not recorded", "None recorded", "No employment status recorded". */
const NO_VALUE = /^(?:(?:none|not|no\b.*)\s*recorded|none|-+)\.?$/i;

export default defineRule({
  id: 'wf.employment-status-missing',
  severity: 'error',
  fields: ['employmentStatus'],
  pages: SUMMARY,
  evaluate(s) {
    const v = answer(s, 'employmentStatus');
    if (v === undefined || (v !== null && !NO_VALUE.test(v))) return [];
    return [
      {
        field: 'employmentStatus',
        message:
          'The Employment status is not recorded. Ask the carer during their assessment and record it under ' +
          'Person details > Employment status: it then pulls through to the Carers Conversation.',
      },
    ];
  },
});
