import { WELLBEING_NONE } from '../page/fields';
import { ticked, yesNo } from '../page/answers';
import { normaliseText } from '../page/text';
import { STEPS } from './common/pages';
import { defineRule } from './types';

const NONE = normaliseText(WELLBEING_NONE);

export default defineRule({
  id: 's3.wellbeing-none-conflict',
  severity: 'error',
  fields: ['wellbeingImpact'],
  pages: STEPS,
  evaluate(s) {
    // The areas are asked only when health = Yes.
    if (yesNo(s, 'healthDeteriorating') !== 'yes') return [];
    const areas = ticked(s, 'wellbeingImpact') ?? [];
    const none = areas.some((a) => normaliseText(a) === NONE);
    if (!none || areas.length < 2) return [];
    return [
      {
        field: 'wellbeingImpact',
        message:
          `“${WELLBEING_NONE}” is ticked together with other wellbeing areas. Untick “${WELLBEING_NONE}”, ` +
          'or untick the other areas if none of them applies.',
      },
    ];
  },
});
