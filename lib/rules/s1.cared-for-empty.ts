import { tableRows } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.cared-for-empty',
  severity: 'error',
  fields: ['caredFor'],
  pages: STEPS,
  evaluate(s) {
    const rows = tableRows(s, 'caredFor');
    if (rows === undefined || rows.length > 0) return [];
    return [
      {
        field: 'caredFor',
        message:
          'The Person/s being cared for table is empty. Add the person (or people) the carer cares for, using ‘Find’.',
      },
    ];
  },
});
