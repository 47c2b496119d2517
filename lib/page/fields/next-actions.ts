/** The next actions (Privacy Notice tab of a Conversation, Next actions form of a Review). */
import { STEPS } from './options';
import { fieldTable } from './types';

export const NEXT_ACTIONS_FIELDS = fieldTable([
  {
    id: 'nextActions',
    pages: STEPS,
    tab: 'actions',
    section: null,
    kind: 'table',
    labels: ['Next actions', 'Next Actions', 'Actions Taken'],
    columns: [
      { id: 'action', labels: ['Action', 'Select action'] },
      { id: 'reason', labels: ['Reason'] },
      { id: 'scheduledDate', labels: ['Scheduled Date', 'Scheduled'] },
      { id: 'worker', labels: ['Pass to worker', 'Worker', 'Assigned to'] },
      { id: 'team', labels: ['Pass to team', 'Team'] },
      { id: 'priority', labels: ['Priority'] },
      { id: 'note', labels: ['Note'] },
    ],
  },
]);
