import type { FieldId } from '../page/fields';
import { answer } from '../page/answers';
import { REVIEW } from './common/pages';
import { defineRule, type FindingDraft } from './types';

const BOXES: Array<{ id: FieldId; label: string }> = [
  {
    id: 'review.supportWorking',
    label: 'How well has my support been working since our last conversation?',
  },
  { id: 'review.outcomesAchieved', label: 'Did I achieve the outcomes we previously identified?' },
  { id: 'review.whatChanged', label: 'What has changed since the last conversation?' },
];

export default defineRule({
  id: 's2.review-text-missing',
  severity: 'error',
  fields: BOXES.map((b) => b.id),
  pages: REVIEW,
  evaluate(s) {
    const out: FindingDraft[] = [];
    for (const b of BOXES) {
      if (answer(s, b.id) !== null) continue;
      out.push({
        field: b.id,
        message: `“${b.label}” is empty. It is one of the three mandatory review boxes: complete it with the carer.`,
      });
    }
    return out;
  },
});
