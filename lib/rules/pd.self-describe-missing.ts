import { SELF_DESCRIBE, type FieldId } from '../page/fields';
import { answer } from '../page/answers';
import { sameOption } from '../page/option-text';
import { whenBlank } from './common/checks';
import { CONVERSATION } from './common/pages';
import { defineRule, type FindingDraft } from './types';

const BOXES: Array<{ question: FieldId; box: FieldId; text: string }> = [
  {
    question: 'pd.gender',
    box: 'pd.gender.selfDescribe',
    text: 'What best describes your gender?',
  },
  {
    question: 'pd.sexualOrientation',
    box: 'pd.sexualOrientation.selfDescribe',
    text: 'What is your sexual orientation?',
  },
];

export default defineRule({
  id: 'pd.self-describe-missing',
  severity: 'warning',
  fields: BOXES.map((b) => b.box),
  pages: CONVERSATION,
  evaluate(s) {
    const out: FindingDraft[] = [];
    for (const b of BOXES) {
      if (!sameOption(answer(s, b.question), SELF_DESCRIBE)) continue;
      // Only where the form offers a box: a box not on the page says nothing.
      out.push(
        ...whenBlank(
          s,
          b.box,
          `“${SELF_DESCRIBE}” is chosen for “${b.text}”, but no description is given: write how the carer describes it.`,
        ),
      );
    }
    return out;
  },
});
