import { FIELDS, fieldDef, type FieldId, type ShownWhen } from '../page/fields';
import { yesNo } from '../page/answers';
import { whenBlank } from './common/checks';
import { questionText } from './common/names';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

/** Section 3 text boxes that a Yes opens (e.g. under "Are there any adults that are dependent on you?"). */
const OPENED_BY_YES = FIELDS.filter(
  (f) =>
    f.section === 3 &&
    f.kind === 'text' &&
    f.shownWhen !== undefined &&
    'equals' in f.shownWhen &&
    f.shownWhen.equals === 'Yes',
).map((f) => {
  const question = (f.shownWhen as ShownWhen<FieldId>).field;
  const q = fieldDef(question);
  return { id: f.id, question, text: q ? questionText(q) : question };
});

export default defineRule({
  id: 's3.conditional-details-missing',
  severity: 'error',
  fields: OPENED_BY_YES.map((b) => b.id),
  pages: STEPS,
  evaluate(s) {
    const out: FindingDraft[] = [];
    for (const b of OPENED_BY_YES) {
      if (yesNo(s, b.question) !== 'yes') continue;
      out.push(
        ...whenBlank(
          s,
          b.id,
          `You answered Yes to “${b.text}”: complete the text box that opened below it.`,
        ),
      );
    }
    return out;
  },
});
