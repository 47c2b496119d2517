/**
 * Every field the extension reads, with the visible texts that identify it (forms.md).
 * This is the one table of label patterns: settings may add patterns per field id
 * (`labelOverrides`), nothing else in the code names a label.
 *
 * Labels are matched after `normaliseLabel` (lib/page/text.ts): case, a trailing `*`,
 * surrounding whitespace and punctuation such as `?`, `.`, `:` and curly quotes do not matter.
 */
import type { PageKind } from './kinds';

export type ControlKind =
  /** a text box, text area or date the worker types into */
  | 'text'
  /** one answer of several: radio buttons or a drop-down; the value is the option's visible text */
  | 'choice'
  /** tick boxes; the value is the visible texts of those ticked */
  | 'multi'
  /** a repeating table; rows of cells keyed by column id */
  | 'table'
  /** a value the form shows but the worker cannot change (pre-populated or computed) */
  | 'shown'
  /** a group of free-text areas identified by where they are, not by label */
  | 'areas';

/** Where a field sits: the step's main form tab, the Person Details form or the next actions. */
export type TabRole = 'form' | 'personDetails' | 'actions' | 'summary';

export interface ColumnDef {
  id: string;
  labels: string[];
}

export type ShownWhen<Id extends string = string> =
  { field: Id; equals: string } | { field: Id; includes: string };

/** A field; `Id` is the type of its id and of the ids it refers to (FieldId within FIELDS). */
export interface FieldDef<Id extends string = string, Ref extends string = Id> {
  id: Id;
  /** Page kinds that have this field. */
  pages: PageKind[];
  tab: TabRole;
  /** Section number of the step's form (1, 2, 3), where there is one. */
  section: number | null;
  kind: ControlKind;
  /** Visible question / label texts. Empty for `areas`. */
  labels: string[];
  /** Visible option texts, for `choice` and `multi`, in the form's order. */
  options?: string[];
  /** Columns, for `table`. */
  columns?: ColumnDef[];
  /** For a box that belongs to another question (a "Details" box under a Yes/No): that question. */
  within?: Ref;
  /** Shown by the form only under this condition; while hidden it may be absent from the page. */
  shownWhen?: ShownWhen<Ref>;
  /** Mandatory on the form (shown with `*`). Informational; the rules decide. */
  required?: boolean;
  /**
   * For `table`: the page may show its rows without column headers (a person summary's panels);
   * then cells are read by position, in the order of `columns`.
   */
  positional?: boolean;
}

const STEPS: PageKind[] = ['carers-conversation', 'carers-review'];
const CONV: PageKind[] = ['carers-conversation'];
const REVIEW: PageKind[] = ['carers-review'];
const SUMMARY: PageKind[] = ['person-summary'];

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

type OutcomeId = (typeof OUTCOMES)[number]['id'];

const PD_GENDER = [
  'Female',
  'Male',
  'Non-binary',
  'Prefer not to say',
  'Prefer to self-describe',
  'Question not asked',
];
const PD_YNPQ = ['Yes', 'No', 'Prefer not to say', 'Question not asked'];
const PD_ORIENTATION = [
  'Bi/bisexual',
  'Gay/lesbian',
  'Heterosexual/straight',
  'Prefer not to say',
  'Prefer to self-describe',
  'Question not asked',
];
export const SELF_DESCRIBE = 'Prefer to self-describe';

/**
 * The table as written, its type keeping each id as a literal, so that FieldId lists them. The ids
 * a field refers to (`within`, `shownWhen`) must be among them but do not add to them.
 */
function fieldTable<const Id extends string>(fields: FieldDef<Id, NoInfer<Id>>[]): FieldDef<Id>[] {
  return fields;
}

export const FIELDS = fieldTable([
  // ---- person summary ----
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

  // ---- Section 1: pre-populated ----
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

  // ---- Section 1: entered by the worker ----
  {
    id: 'adultsCaredFor',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'text',
    labels: ['No. of adults being cared for'],
    required: true,
  },
  {
    id: 'caredFor',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'table',
    labels: ['Person/s being cared for'],
    columns: [
      { id: 'fullName', labels: ['Full Name'] },
      { id: 'dateOfBirth', labels: ['Date of Birth'] },
      { id: 'address', labels: ['Address'] },
      { id: 'gender', labels: ['Gender'] },
      { id: 'mosaicId', labels: ['Mosaic ID'] },
      { id: 'relationship', labels: ['Relationship to carer'] },
    ],
    required: true,
  },
  {
    id: 'hoursCaring',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'choice',
    labels: ['Total hours caring per week'],
    options: HOURS_OPTIONS,
    required: true,
  },
  {
    id: 'gpKnows',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'choice',
    labels: ['Does your GP know you are a carer'],
    options: YES_NO,
    required: true,
  },
  {
    id: 'gpContact',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'choice',
    labels: ['Would you like us to contact them'],
    options: YES_NO,
    shownWhen: { field: 'gpKnows', equals: 'No' },
    required: true,
  },
  {
    id: 'communicationSupport',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'choice',
    labels: ['Do you need any support with communication'],
    options: YES_NO,
    required: true,
  },
  {
    id: 'communicationSupport.details',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'text',
    labels: ['Details'],
    within: 'communicationSupport',
  },
  {
    id: 'receivingPayment',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'choice',
    labels: [
      'Is the carer receiving payment for any of the care and support they provide? (eg via a direct payment)',
      'Is the carer receiving payment for any of the care and support they provide',
    ],
    options: YES_NO,
    required: true,
  },
  {
    id: 'receivingPayment.details',
    pages: STEPS,
    tab: 'form',
    section: 1,
    kind: 'text',
    labels: ['Details'],
    within: 'receivingPayment',
  },

  // ---- Section 2 ----
  {
    id: 'contactMethod',
    pages: STEPS,
    tab: 'form',
    section: 2,
    kind: 'choice',
    labels: ['Method of contact'],
    required: true,
  },
  {
    id: 'viewsConsidered',
    pages: STEPS,
    tab: 'form',
    section: 2,
    kind: 'choice',
    labels: ['Were the views of the cared for person considered as part of the assessment'],
    options: YES_NO,
    required: true,
  },
  {
    id: 'viewsNotConsideredReason',
    pages: STEPS,
    tab: 'form',
    section: 2,
    kind: 'text',
    labels: ['Reason', 'Please give a reason', 'If no, please give a reason'],
    within: 'viewsConsidered',
    shownWhen: { field: 'viewsConsidered', equals: 'No' },
  },
  {
    id: 'previousPlan',
    pages: REVIEW,
    tab: 'form',
    section: 2,
    kind: 'table',
    labels: ['Previous outcomes and support plan'],
    columns: [
      { id: 'want', labels: ['What I want to achieve'] },
      { id: 'support', labels: ['The support I will need'] },
    ],
  },
  {
    id: 'review.supportWorking',
    pages: REVIEW,
    tab: 'form',
    section: 2,
    kind: 'text',
    labels: ['How well has my support been working since our last conversation'],
    required: true,
  },
  {
    id: 'review.outcomesAchieved',
    pages: REVIEW,
    tab: 'form',
    section: 2,
    kind: 'text',
    labels: ['Did I achieve the outcomes we previously identified'],
    required: true,
  },
  {
    id: 'review.whatChanged',
    pages: REVIEW,
    tab: 'form',
    section: 2,
    kind: 'text',
    labels: ['What has changed since the last conversation'],
    required: true,
  },
  {
    id: 'review.previousOutcomesMet',
    pages: REVIEW,
    tab: 'form',
    section: 2,
    kind: 'choice',
    labels: ['Previous outcomes achieved'],
    options: PREVIOUS_OUTCOMES,
    required: true,
  },
  {
    id: 'conversation',
    pages: STEPS,
    tab: 'form',
    section: 2,
    kind: 'areas',
    labels: [],
    required: true,
  },

  // ---- Section 3 ----
  ...OUTCOMES.map((o): FieldDef<OutcomeId> => ({
    id: o.id,
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'choice',
    labels: [o.label],
    options: YES_NO,
    required: true,
  })),
  {
    id: 'dependentAdults',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'choice',
    labels: ['Are there any adults that are dependent on you'],
    options: YES_NO,
  },
  {
    id: 'dependentAdults.details',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'text',
    labels: ['Details', 'Please give details'],
    within: 'dependentAdults',
    shownWhen: { field: 'dependentAdults', equals: 'Yes' },
  },
  {
    id: 'unableToAchieve',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'shown',
    labels: [
      'As a result of your caring role, you are unable to achieve one or more of the outcomes',
    ],
  },
  {
    id: 'healthDeteriorating',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'choice',
    labels: [
      'Is (or is there a risk of) your mental or physical health deteriorating due to your caring role',
    ],
    options: YES_NO,
    required: true,
  },
  {
    id: 'wellbeingImpact',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'multi',
    labels: [
      'As a consequence there is, or is likely to be, a significant impact on your wellbeing (tick relevant areas)',
      'As a consequence there is, or is likely to be, a significant impact on your wellbeing',
    ],
    options: WELLBEING_AREAS,
    shownWhen: { field: 'healthDeteriorating', equals: 'Yes' },
  },
  {
    id: 'wellbeingOther',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'text',
    labels: ['Please specify', 'Other', 'Details', 'Other (please specify below)'],
    within: 'wellbeingImpact',
    shownWhen: { field: 'wellbeingImpact', includes: WELLBEING_OTHER },
  },
  {
    id: 'decision',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'shown',
    labels: ['Decision'],
    options: DECISIONS,
  },
  {
    id: 'caringLevel',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'choice',
    labels: ['The level of the caring role is'],
    options: CARING_LEVELS,
    required: true,
  },
  {
    id: 'wellbeingImpactLevel',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'choice',
    labels: ['Impact on physical and mental wellbeing'],
    options: IMPACT_LEVELS,
    required: true,
  },
  {
    id: 'fundsRequired',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'choice',
    labels: ["Are funds required to meet any of the carer's outcomes"],
    options: YES_NO,
  },
  {
    id: 'suggestedBudget',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'shown',
    labels: ['Suggested budget'],
    shownWhen: { field: 'fundsRequired', equals: 'Yes' },
  },
  {
    id: 'supportPlan',
    pages: STEPS,
    tab: 'form',
    section: 3,
    kind: 'table',
    labels: ['Desired outcomes and Support plan'],
    columns: [
      { id: 'want', labels: ['What I want to achieve'] },
      { id: 'support', labels: ['The support I will need'] },
      {
        id: 'cost',
        labels: [
          'If required, total cost for this support',
          'Total cost for this support',
          'Total cost',
        ],
      },
    ],
  },

  // ---- Person Details form ----
  {
    id: 'pd.gender',
    pages: CONV,
    tab: 'personDetails',
    section: null,
    kind: 'choice',
    labels: ['What best describes your gender'],
    options: PD_GENDER,
    required: true,
  },
  {
    id: 'pd.gender.selfDescribe',
    pages: CONV,
    tab: 'personDetails',
    section: null,
    kind: 'text',
    labels: ['Please describe', 'Self-describe', 'Please specify'],
    within: 'pd.gender',
    shownWhen: { field: 'pd.gender', equals: SELF_DESCRIBE },
  },
  {
    id: 'pd.trans',
    pages: CONV,
    tab: 'personDetails',
    section: null,
    kind: 'choice',
    labels: ['Do you identify as trans'],
    options: PD_YNPQ,
    required: true,
  },
  {
    id: 'pd.genderSameAsBirth',
    pages: CONV,
    tab: 'personDetails',
    section: null,
    kind: 'choice',
    labels: ['Is your gender identity the same as the sex you were assigned at birth'],
    options: PD_YNPQ,
    required: true,
  },
  {
    id: 'pd.sexualOrientation',
    pages: CONV,
    tab: 'personDetails',
    section: null,
    kind: 'choice',
    labels: ['What is your sexual orientation'],
    options: PD_ORIENTATION,
    required: true,
  },
  {
    id: 'pd.sexualOrientation.selfDescribe',
    pages: CONV,
    tab: 'personDetails',
    section: null,
    kind: 'text',
    labels: ['Please describe', 'Self-describe', 'Please specify'],
    within: 'pd.sexualOrientation',
    shownWhen: { field: 'pd.sexualOrientation', equals: SELF_DESCRIBE },
  },

  // ---- Next actions (Privacy Notice tab / Next actions form) ----
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

/** The id of a field of FIELDS: a misspelt id does not compile. */
export type FieldId = (typeof FIELDS)[number]['id'];

export const FIELD_IDS: FieldId[] = FIELDS.map((f) => f.id);

const BY_ID = new Map<string, FieldDef<FieldId>>(FIELDS.map((f) => [f.id, f]));
export function fieldDef(id: string): FieldDef<FieldId> | undefined {
  return BY_ID.get(id);
}

/** A text that names a field of FIELDS (an id read from a snapshot, say). */
export function isFieldId(id: string): id is FieldId {
  return BY_ID.has(id);
}

export function fieldsFor(kind: PageKind): FieldDef<FieldId>[] {
  return FIELDS.filter((f) => f.pages.includes(kind));
}
