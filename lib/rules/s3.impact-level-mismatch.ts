import { answer, leadingLevel, yesNo } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

const IMPACT_WORDS = [
  '0 (none or minimal impact)',
  '1 (some impact)',
  '2 (a significant impact)',
  '3 (a serious impact)',
];

export default defineRule({
  id: 's3.impact-level-mismatch',
  severity: 'warning',
  fields: ['wellbeingImpactLevel'],
  pages: STEPS,
  evaluate(s, ctx) {
    const impact = leadingLevel(answer(s, 'wellbeingImpactLevel'));
    if (impact === null) return [];
    if (impact >= 2 && yesNo(s, 'healthDeteriorating') === 'no')
      return [
        {
          field: 'wellbeingImpactLevel',
          message:
            `The Impact on physical and mental wellbeing is ${IMPACT_WORDS[impact]}, but the carer’s health is ` +
            'not deteriorating or at risk (answered No). Check the impact level or the health answer.',
        },
      ];
    if (impact === 0 && ctx.shared.formDecision().result === 'eligible')
      return [
        {
          field: 'wellbeingImpactLevel',
          message:
            `The Impact on physical and mental wellbeing is ${IMPACT_WORDS[0]}, but eligibility is indicated ` +
            '(an outcome cannot be achieved, health is at risk and wellbeing areas are ticked). Check the impact level.',
        },
      ];
    return [];
  },
});
