import { ticked, yesNo } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's3.wellbeing-missing',
  severity: 'error',
  fields: ['wellbeingImpact'],
  pages: STEPS,
  evaluate(s) {
    if (yesNo(s, 'healthDeteriorating') !== 'yes') return [];
    const areas = ticked(s, 'wellbeingImpact');
    if (areas === undefined || areas.length > 0) return [];
    return [
      {
        field: 'wellbeingImpact',
        message:
          'The carer’s health is, or is at risk of, deteriorating (Yes), but no wellbeing area is ticked: tick the ' +
          'areas that show the impact on the carer’s wellbeing.',
      },
    ];
  },
});
