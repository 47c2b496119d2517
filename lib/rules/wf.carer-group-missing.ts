import { tableRows } from '../page/answers';
import { isCarerRow } from './common/groups';
import { SUMMARY } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 'wf.carer-group-missing',
  severity: 'error',
  fields: ['serviceUserGroups'],
  pages: SUMMARY,
  evaluate(s) {
    const rows = tableRows(s, 'serviceUserGroups');
    if (rows === undefined || rows.some(isCarerRow)) return [];
    return [
      {
        field: 'serviceUserGroups',
        message:
          'This person has no ‘Carer’ service user group. Before starting the Carers Conversation, add it via ' +
          'Person details > Service user groups, and make ‘Carer’ the primary service user group for this process.',
      },
    ];
  },
});
