import { cell, tableRows } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 's3.support-plan-row-incomplete',
  severity: 'error',
  fields: ['supportPlan'],
  pages: STEPS,
  evaluate(s) {
    const rows = tableRows(s, 'supportPlan');
    if (rows === undefined) return [];
    const out: FindingDraft[] = [];
    rows.forEach((row, index) => {
      const missing: string[] = [];
      if (cell(row, 'want') === null) missing.push('“What I want to achieve”');
      if (cell(row, 'support') === null) missing.push('“The support I will need”');
      if (missing.length === 0) return;
      out.push({
        field: 'supportPlan',
        control: row.control,
        row: index,
        message:
          `Row ${index + 1} of the support plan has no ${missing.join(' and no ')}: detail what the carer would ` +
          'like to achieve and how they will be supported to do so.',
      });
    });
    return out;
  },
});
