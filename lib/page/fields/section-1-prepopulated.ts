/** Section 1, pre-populated from the person's main record (read-only). */
import { STEPS } from './options';
import { fieldTable } from './types';

export const SECTION_1_PREPOPULATED = fieldTable([
  { id: 'fullName', pages: STEPS, tab: 'form', section: 1, kind: 'shown', labels: ['Full name'] },
  {
    id: 'dateOfBirth',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'shown',
    labels: ['Date of Birth'],
    required: true,
  },
  { id: 'address', pages: STEPS, tab: 'form', section: 1, kind: 'shown', labels: ['Address'] },
  {
    id: 'gender',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'shown',
    labels: ['Gender'],
    required: true,
  },
  {
    id: 'ethnicity',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'shown',
    labels: ['Ethnicity'],
    required: true,
  },
  {
    id: 'subEthnicity',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'shown',
    labels: ['Sub Ethnicity'],
    required: true,
  },
  {
    id: 'serviceUserGroup',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'shown',
    labels: ['Carers Service user group'],
    required: true,
  },
]);
