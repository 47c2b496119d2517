/** The option texts of forms.md's choices, and which page kinds have a field. */
import type { PageKind } from '../kinds';

export const STEPS: PageKind[] = ['carers-conversation', 'carers-review'];
export const CONV: PageKind[] = ['carers-conversation'];
export const REVIEW: PageKind[] = ['carers-review'];
export const SUMMARY: PageKind[] = ['person-summary'];

export const YES_NO = ['Yes', 'No'];

export const HOURS_OPTIONS = [
  '1 - 7 hours',
  '8 - 14 hours',
  '15 - 21 hours',
  '22 - 28 hours',
  '29 - 35 hours',
  '36 - 42 hours',
  '43 - 49 hours',
  '50+ hours',
];

export const WELLBEING_AREAS = [
  'Personal dignity and being treated with respect',
  'Physical and mental health and emotional wellbeing',
  'Protection from abuse and neglect',
  'Suitability of living accommodation',
  'Participation in work, education, training or recreation',
  'Social and economic wellbeing',
  'Domestic, family and personal relationships',
  'Your contribution to society',
  'Control over day-to-day life (including over care and support provided and the way it is provided)',
  'Other (please specify below)',
  'None of these options apply',
];
export const WELLBEING_OTHER = 'Other (please specify below)';
export const WELLBEING_NONE = 'None of these options apply';

export const CARING_LEVELS = [
  '0: Very low level of care provided',
  '1. Low (less than 10 hours/less intensive care carried out)',
  '2. Moderate (more than 10/more intensive care)',
  '3. High (a great deal of care and high intensity)',
];

export const IMPACT_LEVELS = [
  '0: None or minimal impact on wellbeing',
  '1: some impact on wellbeing',
  '2. a significant impact on wellbeing',
  '3. a serious impact on wellbeing',
];

export const DECISIONS = ['Eligibility indicated', 'Eligibility not indicated'];

export const ACTIONS = {
  review: 'Carers Review',
  purchase: 'Purchase Service (Personal Budget)',
  nfa: 'No Further Action',
} as const;

export const NFA_REASONS = [
  'Carer declined further involvement',
  'Other (Please specify below)',
  'Person deceased',
  'Referral made to ASC for cared-for person',
  'Respite provided only',
  'Signposting/Information and advice provided',
];
export const NFA_OTHER = 'Other (Please specify below)';

export const PRIORITIES = ['Urgent', 'Normal', 'Low'];

export const PREVIOUS_OUTCOMES = ['Fully met', 'Partially met', 'Not met'];

/** The eight carer outcomes (Eligibility Criteria Regulations 2015, reg. 3(2)(b)). */
export const OUTCOMES = [
  {
    id: 'outcome.childCare',
    label: 'Carrying out any caring responsibilities the carer has for a child',
  },
  {
    id: 'outcome.otherCare',
    label: 'Providing care to other persons for whom the carer provides care',
  },
  { id: 'outcome.home', label: 'Maintaining a habitable home environment' },
  { id: 'outcome.nutrition', label: 'Managing and maintaining nutrition' },
  {
    id: 'outcome.relationships',
    label: 'Developing and maintaining family or other personal relationships',
  },
  { id: 'outcome.work', label: 'Engaging in work, training, education or volunteering' },
  {
    id: 'outcome.community',
    label: 'Making use of necessary facilities or services in the local community',
  },
  { id: 'outcome.recreation', label: 'Engaging in recreational activities' },
] as const;

export type OutcomeId = (typeof OUTCOMES)[number]['id'];

export const PD_GENDER = [
  'Female',
  'Male',
  'Non-binary',
  'Prefer not to say',
  'Prefer to self-describe',
  'Question not asked',
];
export const PD_YNPQ = ['Yes', 'No', 'Prefer not to say', 'Question not asked'];
export const PD_ORIENTATION = [
  'Bi/bisexual',
  'Gay/lesbian',
  'Heterosexual/straight',
  'Prefer not to say',
  'Prefer to self-describe',
  'Question not asked',
];
export const SELF_DESCRIBE = 'Prefer to self-describe';
