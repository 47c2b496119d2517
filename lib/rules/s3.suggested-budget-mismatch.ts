import { formatPounds } from '../money';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.suggested-budget-mismatch',
  severity: 'error',
  fields: ['suggestedBudget'],
  pages: STEPS,
  evaluate(s, ctx) {
    const b = ctx.shared.budget();
    if (b.shown === null || b.suggested === null || b.shown === b.suggested) return [];
    const example = ctx.settings.budgetTableIsCouncils
      ? ''
      : ' (The table in use is an example until the council sets its own.)';
    return [
      {
        field: 'suggestedBudget',
        message:
          `The Suggested budget shows ${formatPounds(b.shown)}, but the council’s table gives ` +
          `${formatPounds(b.suggested)} for a level ${b.level} caring role with impact ${b.impact}. Check the level ` +
          `of the caring role and the Impact on physical and mental wellbeing.${example}`,
      },
    ];
  },
});
