/** The person summary: service user groups, employment status, relationships. */
import { STEPS, SUMMARY } from './options';
import { fieldTable } from './types';

export const PERSON_SUMMARY_FIELDS = fieldTable([
  {
    id: 'serviceUserGroups',
    pages: SUMMARY,
    tab: 'summary',
    section: null,
    kind: 'table',
    labels: ['Service user groups'],
    columns: [
      { id: 'group', labels: ['Service user group', 'Group'] },
      { id: 'subGroup', labels: ['Sub-group', 'Sub group'] },
      { id: 'from', labels: ['From', 'Start date'] },
    ],
    positional: true,
  },
  {
    id: 'employmentStatus',
    pages: [...SUMMARY, ...STEPS],
    tab: 'form',
    section: 1,
    kind: 'shown',
    labels: ['Employment Status'],
    required: true,
  },
  {
    id: 'relationships',
    pages: SUMMARY,
    tab: 'summary',
    section: null,
    kind: 'table',
    labels: ['Personal relationships'],
    columns: [
      { id: 'relationship', labels: ['Relationship', 'Type'] },
      { id: 'name', labels: ['Name', 'Person'] },
    ],
    positional: true,
  },
]);
