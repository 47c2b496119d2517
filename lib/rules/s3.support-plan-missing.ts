import { fundsRequired, tableRows } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.support-plan-missing',
  severity: 'error',
  fields: ['supportPlan'],
  pages: STEPS,
  evaluate(s, ctx) {
    const rows = tableRows(s, 'supportPlan');
    if (rows === undefined || rows.length > 0) return [];
    const eligible = ctx.shared.formDecision().result === 'eligible';
    const funds = fundsRequired(s) === true;
    if (!eligible && !funds) return [];
    const why =
      eligible && funds
        ? 'Eligibility is indicated and funds are required'
        : eligible
          ? 'Eligibility is indicated'
          : 'Funds are required';
    return [
      {
        field: 'supportPlan',
        message:
          `${why}, but the Desired outcomes and Support plan is empty: the support plan needs to be used. ` +
          'Select ‘Add’ and detail what the carer would like to achieve and the support they will need.',
      },
    ];
  },
});
