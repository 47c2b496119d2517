import { answer } from '../page/answers';
import { normaliseText } from '../page/text';
import { STEPS } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 's1.service-user-group-not-carer',
  severity: 'error',
  fields: ['serviceUserGroup'],
  pages: STEPS,
  evaluate(s) {
    const v = answer(s, 'serviceUserGroup');
    // Blank is s1.prepopulated-missing's finding.
    if (v == null || normaliseText(v) === 'carer') return [];
    return [
      {
        field: 'serviceUserGroup',
        message:
          `The Carers Service user group is “${v}”, not “Carer”. Add the ‘Carer’ service user group on the ` +
          `carer’s main record (Person details > Service user groups) and make it the primary service user group ` +
          `for this process, then refresh this workflow step.`,
      },
    ];
  },
});
