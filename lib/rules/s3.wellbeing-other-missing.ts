import { WELLBEING_OTHER } from '../page/fields';
import { ticked, yesNo } from '../page/answers';
import { normaliseText } from '../page/text';
import { whenBlank } from './common/checks';
import { STEPS } from './common/pages';
import { defineRule } from './types';

const OTHER = normaliseText(WELLBEING_OTHER);

export default defineRule({
  id: 's3.wellbeing-other-missing',
  severity: 'error',
  fields: ['wellbeingOther'],
  pages: STEPS,
  evaluate(s) {
    if (yesNo(s, 'healthDeteriorating') !== 'yes') return [];
    if (!(ticked(s, 'wellbeingImpact') ?? []).some((a) => normaliseText(a) === OTHER)) return [];
    return whenBlank(
      s,
      'wellbeingOther',
      '“Other” is ticked in the wellbeing areas, but nothing is specified: say below what the other impact on the carer’s wellbeing is.',
    );
  },
});
