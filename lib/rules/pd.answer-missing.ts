import { fieldDef, type FieldId } from '../page/fields';
import { answer } from '../page/answers';
import { questionText } from './common/names';
import { CONVERSATION } from './common/pages';
import { defineRule, type FindingDraft } from './types';

const QUESTION_IDS: FieldId[] = [
  'pd.gender',
  'pd.trans',
  'pd.genderSameAsBirth',
  'pd.sexualOrientation',
];
const QUESTIONS = QUESTION_IDS.map((id) => {
  const def = fieldDef(id);
  return { id, text: def ? questionText(def) : id };
});

export default defineRule({
  id: 'pd.answer-missing',
  severity: 'error',
  fields: QUESTIONS.map((q) => q.id),
  pages: CONVERSATION,
  evaluate(s) {
    const out: FindingDraft[] = [];
    for (const q of QUESTIONS) {
      if (answer(s, q.id) !== null) continue;
      out.push({
        field: q.id,
        message:
          `Answer “${q.text}” on the Person Details form: this section is mandatory ` +
          '(if you did not ask the carer, choose “Question not asked”).',
      });
    }
    return out;
  },
});
