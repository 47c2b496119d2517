import type { FieldId } from '../page/fields';
import { answer } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

/** Section 1 fields pre-populated from the person's main record that the step needs. */
const PREPOPULATED: Array<{ id: FieldId; label: string; where: string }> = [
  { id: 'dateOfBirth', label: 'Date of Birth', where: 'Person details > Basic details' },
  { id: 'gender', label: 'Gender', where: 'Person details > Basic details' },
  { id: 'ethnicity', label: 'Ethnicity', where: 'Person details > Information' },
  { id: 'subEthnicity', label: 'Sub Ethnicity', where: 'Person details > Information' },
  {
    id: 'serviceUserGroup',
    label: 'Carers Service user group',
    where: 'Person details > Service user groups; add ‘Carer’',
  },
  {
    id: 'employmentStatus',
    label: 'Employment Status',
    where: 'Person details > Employment status',
  },
];

export default defineRule({
  id: 's1.prepopulated-missing',
  severity: 'error',
  fields: PREPOPULATED.map((p) => p.id),
  pages: STEPS,
  evaluate(s) {
    const out: FindingDraft[] = [];
    for (const p of PREPOPULATED) {
      if (answer(s, p.id) !== null) continue;
      out.push({
        field: p.id,
        message:
          `${p.label} is missing. It is pre-populated from the carer’s main Mosaic record and is mandatory: ` +
          `update it on the person’s main record (${p.where}), then refresh this workflow step.`,
      });
    }
    return out;
  },
});
