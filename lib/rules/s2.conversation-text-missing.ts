import { fieldDef } from '../page/fields';
import { clean, foundField } from '../page/answers';
import { normaliseText } from '../page/text';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

/** Labels of a Review's three mandatory boxes: never counted among the conversation's areas. */
const REVIEW_BOXES = [
  'review.supportWorking',
  'review.outcomesAchieved',
  'review.whatChanged',
].flatMap((id) => fieldDef(id)?.labels.map(normaliseText) ?? []);
const TRAILING = /[\s?.:*]+$/;

function isReviewBox(label: string): boolean {
  const l = normaliseText(label).replace(TRAILING, '');
  return l !== '' && REVIEW_BOXES.some((b) => l === b || l.startsWith(b));
}

export default defineRule({
  id: 's2.conversation-text-missing',
  severity: 'error',
  fields: ['conversation'],
  pages: STEPS,
  evaluate(s) {
    const f = foundField(s, 'conversation');
    if (f === undefined) return [];
    const out: FindingDraft[] = [];
    let n = 0;
    f.areas.forEach((area, index) => {
      if (isReviewBox(area.label)) return;
      n++;
      if (clean(area.value) !== null) return;
      const label = area.label.trim();
      const which = label ? `“${label}” (Section 2)` : `Text box ${n} of Section 2`;
      out.push({
        field: 'conversation',
        control: area.control,
        row: index,
        message: `${which} is empty: add the details of your conversation with the carer here.`,
      });
    });
    return out;
  },
});
