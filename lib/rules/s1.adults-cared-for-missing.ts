import { answer } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

const WHOLE_NUMBER = /^\d+$/;

export default defineRule({
  id: 's1.adults-cared-for-missing',
  severity: 'error',
  fields: ['adultsCaredFor'],
  pages: STEPS,
  evaluate(s) {
    const v = answer(s, 'adultsCaredFor');
    if (v === undefined) return [];
    if (v === null)
      return [
        {
          field: 'adultsCaredFor',
          message:
            'Enter the No. of adults being cared for by the carer (a whole number, 1 or more).',
        },
      ];
    if (!WHOLE_NUMBER.test(v))
      return [
        {
          field: 'adultsCaredFor',
          message: `No. of adults being cared for is “${v}”: enter it as a whole number, 1 or more (for example 1 or 2).`,
        },
      ];
    if (Number(v) < 1)
      return [
        {
          field: 'adultsCaredFor',
          message: `No. of adults being cared for is ${v}: a carer cares for at least one adult. Enter how many adults the carer cares for.`,
        },
      ];
    return [];
  },
});
