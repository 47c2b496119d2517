import { CONVERSATION } from './common/pages';
import { defineRule } from './types';

export default defineRule({
  id: 'wf.duplicate-conversation',
  severity: 'warning',
  fields: [],
  pages: CONVERSATION,
  evaluate(s, ctx) {
    const id = s.person.id;
    if (id === null || !ctx.waitingReviews.includes(id)) return [];
    return [
      {
        field: null,
        message:
          '“Please do not start a new Carer Conversation workflow step from ‘Start’, as this would create ' +
          'duplication.” This person has a Carers Review waiting (in your checklist): pick up the Carers Review ' +
          'step from their front page or your team’s work folder instead. If it is assigned to another worker or ' +
          'team, contact the Mosaic Super User to assign it to you.',
      },
    ];
  },
});
