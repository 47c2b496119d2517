import { answer, tableRows } from '../page/answers';
import { count } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

const WHOLE_NUMBER = /^\d+$/;

export default defineRule({
  id: 's1.cared-for-count-mismatch',
  severity: 'warning',
  fields: ['adultsCaredFor', 'caredFor'],
  pages: STEPS,
  evaluate(s) {
    const v = answer(s, 'adultsCaredFor');
    const rows = tableRows(s, 'caredFor');
    // A blank or invalid number, or an empty table, has its own finding.
    if (v == null || !WHOLE_NUMBER.test(v) || rows === undefined || rows.length === 0) return [];
    const n = Number(v);
    if (n < 1 || n === rows.length) return [];
    return [
      {
        field: 'caredFor',
        message:
          `No. of adults being cared for is ${n}, but the Person/s being cared for table lists ` +
          `${count(rows.length, 'person', 'people')}. Add each adult being cared for with ‘Find’ (remove anyone ` +
          `the carer no longer cares for with the bin icon), or correct the number.`,
      },
    ];
  },
});
