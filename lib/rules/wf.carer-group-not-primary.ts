import { tableRows } from '../page/answers';
import { isCarerRow, isPrimaryRow } from './common/groups';
import { SUMMARY } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 'wf.carer-group-not-primary',
  severity: 'warning',
  fields: ['serviceUserGroups'],
  pages: SUMMARY,
  evaluate(s) {
    const rows = tableRows(s, 'serviceUserGroups') ?? [];
    const carer = rows.findIndex(isCarerRow);
    if (carer < 0 || rows.some((r) => isCarerRow(r) && isPrimaryRow(r))) return [];
    return [
      {
        field: 'serviceUserGroups',
        control: rows[carer].control,
        row: carer,
        message:
          '‘Carer’ is a service user group here but not the primary one: ensure ‘Carer’ is the primary service ' +
          'user group for this process (Person details > Service user groups).',
      },
    ];
  },
});
