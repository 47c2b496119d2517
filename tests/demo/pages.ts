/**
 * Every demo Mosaic page (tests/demo/site), what it holds, and what a correct page reader and the
 * rules must make of it. The static HTML is generated from the states below by
 * tests/demo/build-pages.ts (`npx tsx tests/demo/build-pages.ts`), so the two cannot drift apart.
 *
 * All people, workers and addresses are fictional.
 *
 * How to compare:
 * - Text values are compared after `normaliseText` (whitespace, including line breaks, collapsed
 *   to one space; trimmed). A multi-line address therefore reads `Flat 1 55 Bedford Way London …`.
 * - `expected` has an entry for every field id of lib/page/fields.ts that the page kind has and the
 *   page holds; `notFound` lists the field ids the page does not hold at all (a closed conditional
 *   question that this rendering leaves out of the page). Fields with a `shownWhen` in fields.ts are
 *   conditional: a reader leaves those out of the snapshot's own `notFound` while they are closed
 *   (see `snapshotNotFound`).
 * - Dates of next actions: the page script moves each scheduled date that is marked as relative
 *   (`ActionRow.months`) to today + that many months when the page loads in a browser. The static
 *   HTML (read without scripts) holds DEMO_TODAY + months. Use `expectedOn(page, today)` for what a
 *   browser shows, and give the rules `today: DEMO_TODAY` when reading the static HTML.
 */
import { fieldsFor, type FieldDef } from '../../lib/page/fields';
import type { PageKind } from '../../lib/page/kinds';

/** The day the static HTML's relative dates are counted from. */
export const DEMO_TODAY = '2026-11-22';

export type Rendering = 'modern' | 'legacy' | 'aria';
export type YesNo = 'Yes' | 'No' | null;

// ---------------------------------------------------------------------------------------------
// States

export interface Person {
  id: string;
  title: string;
  forename: string;
  surname: string;
  /** dd/mm/yyyy, as the step shows it. */
  dob: string;
  /** d Mon yyyy, as the person summary shows it. */
  dobLong: string;
  age: number;
  address: string[];
  gender: string;
  ethnicity: string;
  subEthnicity: string;
  employmentStatus: string;
}

export interface CaredForRow {
  fullName: string;
  dateOfBirth: string;
  address: string;
  gender: string;
  mosaicId: string;
  relationship: string;
}

export interface PlanRow {
  want: string;
  support: string;
  cost: string;
}

export interface ActionRow {
  action: string;
  reason: string;
  /** dd/mm/yyyy, or '' (computed from `months` when that is set). */
  scheduledDate: string;
  /** The scheduled date is today + this many months (the page script sets it at load). */
  months?: number;
  worker: string;
  team: string;
  priority: string;
  note: string;
}

export type OutcomeId =
  | 'outcome.childCare'
  | 'outcome.otherCare'
  | 'outcome.home'
  | 'outcome.nutrition'
  | 'outcome.relationships'
  | 'outcome.work'
  | 'outcome.community'
  | 'outcome.recreation';

export interface PersonDetailsAnswers {
  gender: string | null;
  genderDescribe: string;
  trans: string | null;
  sameAsBirth: string | null;
  orientation: string | null;
  orientationDescribe: string;
}

export interface ReviewAnswers {
  previousPlan: Array<{ want: string; support: string }>;
  supportWorking: string;
  outcomesAchieved: string;
  whatChanged: string;
  previousOutcomesMet: string | null;
}

export interface StepState {
  kind: 'carers-conversation' | 'carers-review';
  person: Person;
  /** The logged-in worker shown in the header. */
  worker: string;
  /** Pre-populated values as the step shows them (null: blank on the person's record). */
  prepop: {
    fullName: string | null;
    dateOfBirth: string | null;
    address: string | null;
    gender: string | null;
    ethnicity: string | null;
    subEthnicity: string | null;
    serviceUserGroup: string | null;
    employmentStatus: string | null;
  };
  adultsCaredFor: string | null;
  caredFor: CaredForRow[];
  hoursCaring: string | null;
  gpKnows: YesNo;
  gpContact: YesNo;
  communicationSupport: YesNo;
  communicationDetails: string;
  receivingPayment: YesNo;
  paymentDetails: string;
  contactMethod: string | null;
  viewsConsidered: YesNo;
  viewsReason: string;
  /** The seven free-text areas of Section 2, in order (see CONVERSATION_LABELS). */
  conversation: string[];
  review?: ReviewAnswers;
  outcomes: Record<OutcomeId, { answer: YesNo; notes: string }>;
  dependentAdults: YesNo;
  dependentDetails: string;
  dependentFurther: YesNo;
  healthDeteriorating: YesNo;
  wellbeing: string[];
  wellbeingOther: string;
  /** What the form shows under Decision (Mosaic's last computation; may be stale). */
  shownDecision: string | null;
  /** 0-3 or null. */
  caringLevel: number | null;
  impactLevel: number | null;
  fundsRequired: YesNo;
  /** What the form shows as Suggested budget (only displayed while funds = Yes). */
  shownBudget: string | null;
  supportPlan: PlanRow[];
  personDetails?: PersonDetailsAnswers;
  privacyConfirmed: boolean;
  nextActions: ActionRow[];
}

export interface SummaryState {
  kind: 'person-summary';
  person: Person;
  worker: string;
  groups: Array<{ group: string; subGroup: string; from: string }>;
  relationships: Array<{ relationship: string; name: string; role: string }>;
  employmentStatus: string | null;
}

/** Labels of our own for the seven free-text areas of Section 2 (forms.md: their labels are unknown). */
export const CONVERSATION_LABELS = [
  'What does a typical week look like for you?',
  'What does caring involve for you, and how does it affect you?',
  'What is working well for you at the moment?',
  'What support do you get from family, friends or your community?',
  'What would you like to change, and what matters most to you?',
  'What would happen in an emergency, and is there a plan?',
  'Is there anything else you would like to tell us?',
];

export const CONTACT_METHODS = ['Face to face', 'Telephone', 'Video call', 'Home visit'];

/** The further question that "Are there any adults that are dependent on you?" = Yes opens (ours). */
export const DEPENDENT_FURTHER_LABEL = 'Do they receive any support from Adult Social Care?';

export const WORKER = 'Jo Worker';

export const TIMOTHY: Person = {
  id: '2204451',
  title: 'Mr',
  forename: 'Timothy',
  surname: 'Guide',
  dob: '01/06/1966',
  dobLong: '1 Jun 1966',
  age: 57,
  address: ['Flat 1', '55 Bedford Way', 'London', 'WC1H 0DB'],
  gender: 'Male',
  ethnicity: 'Mixed',
  subEthnicity: 'Any Other Mixed Background',
  employmentStatus: 'Not in Paid Employment (not actively seeking work / retired)',
};

export const GRACE: Person = {
  id: '2204467',
  title: 'Ms',
  forename: 'Grace',
  surname: 'Sample',
  dob: '09/09/1958',
  dobLong: '9 Sep 1958',
  age: 65,
  address: ['14 Sample Terrace', 'London', 'NW5 9ZZ'],
  gender: 'Female',
  ethnicity: 'White',
  subEthnicity: 'English / Welsh / Scottish / Northern Irish / British',
  employmentStatus: 'Retired',
};

export const DORA: Person = {
  id: '2204460',
  title: 'Ms',
  forename: 'Dora',
  surname: 'Example',
  dob: '14/02/1950',
  dobLong: '14 Feb 1950',
  age: 73,
  address: ['3 Example Mews', 'London', 'NW1 9ZZ'],
  gender: 'Female',
  ethnicity: 'Black or Black British',
  subEthnicity: 'Caribbean',
  employmentStatus: 'Retired',
};

export const ALICE: CaredForRow = {
  fullName: 'Alice Trainee',
  dateOfBirth: '01/06/1955',
  address: '10 Endsleigh Gardens London WC1H 0EH',
  gender: 'Female',
  mosaicId: '2204455',
  relationship: 'Friend',
};

export const HENRY: CaredForRow = {
  fullName: 'Henry Sample',
  dateOfBirth: '12/02/1952',
  address: '14 Sample Terrace London NW5 9ZZ',
  gender: 'Male',
  mosaicId: '2204468',
  relationship: 'Husband',
};

function prepopOf(p: Person) {
  return {
    fullName: `${p.title} ${p.forename} ${p.surname}`,
    dateOfBirth: p.dob,
    address: p.address.join('\n'),
    gender: p.gender,
    ethnicity: p.ethnicity,
    subEthnicity: p.subEthnicity,
    serviceUserGroup: 'Carer',
    employmentStatus: p.employmentStatus,
  };
}

function outcomes(
  answers: Partial<Record<OutcomeId, YesNo>>,
  notes: Partial<Record<OutcomeId, string>> = {},
): StepState['outcomes'] {
  const ids: OutcomeId[] = [
    'outcome.childCare',
    'outcome.otherCare',
    'outcome.home',
    'outcome.nutrition',
    'outcome.relationships',
    'outcome.work',
    'outcome.community',
    'outcome.recreation',
  ];
  return Object.fromEntries(
    ids.map((id) => [id, { answer: answers[id] ?? null, notes: notes[id] ?? '' }]),
  ) as StepState['outcomes'];
}

const NO_PD: PersonDetailsAnswers = {
  gender: null,
  genderDescribe: '',
  trans: null,
  sameAsBirth: null,
  orientation: null,
  orientationDescribe: '',
};

const BLANK_CONVERSATION: StepState = {
  kind: 'carers-conversation',
  person: TIMOTHY,
  worker: WORKER,
  prepop: prepopOf(TIMOTHY),
  adultsCaredFor: null,
  caredFor: [],
  hoursCaring: null,
  gpKnows: null,
  gpContact: null,
  communicationSupport: null,
  communicationDetails: '',
  receivingPayment: null,
  paymentDetails: '',
  contactMethod: null,
  viewsConsidered: null,
  viewsReason: '',
  conversation: ['', '', '', '', '', '', ''],
  outcomes: outcomes({}),
  dependentAdults: null,
  dependentDetails: '',
  dependentFurther: null,
  healthDeteriorating: null,
  wellbeing: [],
  wellbeingOther: '',
  shownDecision: null,
  caringLevel: null,
  impactLevel: null,
  fundsRequired: null,
  shownBudget: null,
  supportPlan: [],
  personDetails: NO_PD,
  privacyConfirmed: false,
  nextActions: [],
};

const TIMOTHY_CONVERSATION_TEXT = [
  'I look after my friend Alice most days. I help her get up and dressed, do her shopping and cooking, and take her to hospital appointments about twice a month.',
  'Alice has COPD and gets very breathless. I do her cleaning, meals and medication and I stay over when she is unwell. I am tired most of the time and I have stopped seeing my own friends.',
  "Alice's daughter visits most weekends, which gives me a few hours off. The GP surgery is helpful and knows I am Alice's carer.",
  "Some help from Alice's daughter at weekends. I have no family nearby. A neighbour keeps an eye on Alice if I have to go out.",
  'I would like a regular break so I can see friends again and get back to my pottery class. What matters most is that Alice is safe when I am not there.',
  'There is no plan at the moment. We talked about the Carers Emergency Card and Timothy agreed to register.',
  "Timothy would like information about carers' groups that meet in Camden.",
];

const TIMOTHY_OUTCOME_NOTES: Partial<Record<OutcomeId, string>> = {
  'outcome.childCare': 'No caring responsibilities for a child.',
  'outcome.otherCare': 'Alice is the only person Timothy cares for.',
  'outcome.home': 'Keeps his own flat clean and tidy; no support needed.',
  'outcome.nutrition': 'Cooks for himself and for Alice.',
  'outcome.relationships':
    'Has lost touch with friends since caring increased; would like time to see them.',
  'outcome.work':
    'Would like to return to his weekly pottery course but cannot leave Alice for long.',
  'outcome.community': 'Uses local shops and the library when Alice is settled.',
  'outcome.recreation': 'No time for his own interests at the moment.',
};

const COMPLETE_PLAN: PlanRow[] = [
  {
    want: 'To have a regular break from caring so I can see my friends',
    support: 'A sitting service for Alice one afternoon a week, paid from the carer budget',
    cost: '350',
  },
  {
    want: 'To get back to my pottery class',
    support: 'Course fees for one term at the adult learning centre',
    cost: '200.00',
  },
  {
    want: 'To know what help is available if things get harder',
    support:
      'Information and advice from Camden Carers Service; carers group details sent by email',
    cost: '',
  },
];

const COMPLETE_ACTIONS: ActionRow[] = [
  {
    action: 'Purchase Service (Personal Budget)',
    reason: '',
    scheduledDate: '',
    worker: WORKER,
    team: '',
    priority: 'Normal',
    note: 'Carer budget of £550 for a sitting service and course fees',
  },
  {
    action: 'Carers Review',
    reason: '',
    scheduledDate: '',
    months: 12,
    worker: '',
    team: 'Virtual Carer Reviews - Central Neighbourhood',
    priority: 'Normal',
    note: 'Annual review of the carer budget',
  },
];

const COMPLETE_CONVERSATION: StepState = {
  ...BLANK_CONVERSATION,
  adultsCaredFor: '1',
  caredFor: [ALICE],
  hoursCaring: '22 - 28 hours',
  gpKnows: 'Yes',
  communicationSupport: 'Yes',
  communicationDetails: 'Prefers letters in large print; hard of hearing in his left ear.',
  receivingPayment: 'No',
  contactMethod: 'Face to face',
  viewsConsidered: 'Yes',
  conversation: TIMOTHY_CONVERSATION_TEXT,
  outcomes: outcomes(
    {
      'outcome.childCare': 'Yes',
      'outcome.otherCare': 'Yes',
      'outcome.home': 'Yes',
      'outcome.nutrition': 'Yes',
      'outcome.relationships': 'No',
      'outcome.work': 'No',
      'outcome.community': 'Yes',
      'outcome.recreation': 'No',
    },
    TIMOTHY_OUTCOME_NOTES,
  ),
  dependentAdults: 'No',
  healthDeteriorating: 'Yes',
  wellbeing: [
    'Physical and mental health and emotional wellbeing',
    'Participation in work, education, training or recreation',
    'Control over day-to-day life (including over care and support provided and the way it is provided)',
  ],
  shownDecision: 'Eligibility indicated',
  caringLevel: 2,
  impactLevel: 2,
  fundsRequired: 'Yes',
  shownBudget: '600',
  supportPlan: COMPLETE_PLAN,
  personDetails: {
    gender: 'Male',
    genderDescribe: '',
    trans: 'No',
    sameAsBirth: 'Yes',
    orientation: 'Heterosexual/straight',
    orientationDescribe: '',
  },
  privacyConfirmed: true,
  nextActions: COMPLETE_ACTIONS,
};

const NOT_ELIGIBLE_CONVERSATION: StepState = {
  ...BLANK_CONVERSATION,
  person: GRACE,
  prepop: prepopOf(GRACE),
  adultsCaredFor: '1',
  caredFor: [HENRY],
  hoursCaring: '8 - 14 hours',
  gpKnows: 'No',
  gpContact: 'Yes',
  communicationSupport: 'No',
  receivingPayment: 'No',
  contactMethod: 'Telephone',
  viewsConsidered: 'No',
  viewsReason: 'Henry was in hospital for a planned operation when we spoke.',
  conversation: [
    'I help Henry with his shopping and take him to appointments. He manages his own personal care.',
    'Mostly practical help since his knee operation. It is not too much at the moment.',
    'Henry is recovering well and our son visits every week.',
    'Our son Sam and two neighbours. I go to a choir on Thursdays.',
    'Nothing really; I wanted to know what is out there in case things change.',
    'Sam would step in. We have talked about it as a family.',
    'Grace asked for information about the Carers Emergency Card.',
  ],
  outcomes: outcomes(
    {
      'outcome.childCare': 'Yes',
      'outcome.otherCare': 'Yes',
      'outcome.home': 'Yes',
      'outcome.nutrition': 'Yes',
      'outcome.relationships': 'Yes',
      'outcome.work': 'Yes',
      'outcome.community': 'Yes',
      'outcome.recreation': 'Yes',
    },
    {
      'outcome.otherCare': 'Also keeps an eye on her adult son, who lives nearby.',
      'outcome.recreation': 'Still goes to her choir every week.',
    },
  ),
  dependentAdults: 'Yes',
  dependentDetails:
    'Our son Sam (34) has a mild learning disability; I help him with letters and bills.',
  dependentFurther: 'No',
  healthDeteriorating: 'No',
  shownDecision: 'Eligibility not indicated',
  caringLevel: 1,
  impactLevel: 1,
  fundsRequired: 'No',
  shownBudget: null,
  supportPlan: [
    {
      want: 'To know where to get help if Henry needs more care',
      support: 'Information about Camden Carers Service and the Carers Emergency Card',
      cost: '',
    },
  ],
  personDetails: {
    gender: 'Female',
    genderDescribe: '',
    trans: 'Prefer not to say',
    sameAsBirth: 'Yes',
    orientation: 'Prefer to self-describe',
    orientationDescribe: 'Asexual',
  },
  privacyConfirmed: true,
  nextActions: [
    {
      action: 'No Further Action',
      reason: 'Signposting/Information and advice provided',
      scheduledDate: '',
      worker: '',
      team: '',
      priority: 'Normal',
      note: 'Leaflets sent for Camden Carers Service and the Carers Emergency Card.',
    },
  ],
};

const INCONSISTENT_CONVERSATION: StepState = {
  ...COMPLETE_CONVERSATION,
  prepop: { ...prepopOf(TIMOTHY), subEthnicity: null },
  adultsCaredFor: '2',
  caredFor: [ALICE],
  hoursCaring: '1 - 7 hours',
  gpKnows: 'No',
  gpContact: null,
  communicationSupport: 'Yes',
  communicationDetails: '',
  receivingPayment: 'Yes',
  paymentDetails: '',
  viewsConsidered: 'No',
  viewsReason: '',
  conversation: TIMOTHY_CONVERSATION_TEXT.map((t, i) => (i === 3 ? '' : t)),
  outcomes: outcomes(
    {
      'outcome.childCare': 'Yes',
      'outcome.otherCare': 'Yes',
      'outcome.home': 'Yes',
      'outcome.nutrition': 'Yes',
      'outcome.relationships': 'No',
      'outcome.work': 'Yes',
      'outcome.community': 'Yes',
      'outcome.recreation': 'Yes',
    },
    TIMOTHY_OUTCOME_NOTES,
  ),
  dependentAdults: 'Yes',
  dependentDetails: '',
  dependentFurther: null,
  healthDeteriorating: 'Yes',
  wellbeing: [
    'Social and economic wellbeing',
    'Other (please specify below)',
    'None of these options apply',
  ],
  wellbeingOther: '',
  shownDecision: 'Eligibility not indicated',
  caringLevel: 3,
  impactLevel: 0,
  fundsRequired: 'Yes',
  shownBudget: '600',
  supportPlan: [
    { want: 'Respite breaks', support: '', cost: 'six hundred' },
    { want: 'To get fitter', support: 'Leisure centre membership for a year', cost: '£450' },
    {
      want: 'To be able to drive Alice to appointments',
      support: 'A block of ten driving lessons',
      cost: '300',
    },
  ],
  personDetails: {
    gender: 'Prefer to self-describe',
    genderDescribe: '',
    trans: null,
    sameAsBirth: 'Yes',
    orientation: 'Question not asked',
    orientationDescribe: '',
  },
  nextActions: [
    {
      action: 'No Further Action',
      reason: 'Other (Please specify below)',
      scheduledDate: '',
      worker: WORKER,
      team: '',
      priority: 'Normal',
      note: '',
    },
    {
      action: 'Purchase Service (Personal Budget)',
      reason: '',
      scheduledDate: '',
      worker: 'Sam Colleague',
      team: '',
      priority: 'Normal',
      note: 'Please set up the direct payment',
    },
    {
      action: 'Carers Review',
      reason: '',
      scheduledDate: '',
      months: 3,
      worker: '',
      team: '',
      priority: 'Low',
      note: '',
    },
  ],
};

const PREVIOUS_PLAN = COMPLETE_PLAN.map((r) => ({ want: r.want, support: r.support }));

const BLANK_REVIEW: StepState = {
  ...COMPLETE_CONVERSATION,
  kind: 'carers-review',
  adultsCaredFor: null,
  hoursCaring: null,
  review: {
    previousPlan: PREVIOUS_PLAN,
    supportWorking: '',
    outcomesAchieved: '',
    whatChanged: '',
    previousOutcomesMet: null,
  },
  personDetails: undefined,
  privacyConfirmed: false,
  nextActions: [],
};

const COMPLETE_REVIEW: StepState = {
  ...BLANK_REVIEW,
  adultsCaredFor: '1',
  hoursCaring: '22 - 28 hours',
  contactMethod: 'Home visit',
  review: {
    previousPlan: PREVIOUS_PLAN,
    supportWorking:
      'The sitting service has worked well; the same sitter comes every Wednesday and Alice likes her. Timothy has seen his friends most weeks.',
    outcomesAchieved:
      'Timothy finished a term of pottery and has seen friends regularly. He still finds it hard to have any time for himself at weekends.',
    whatChanged:
      "Alice's breathing has got worse over the winter and she now uses oxygen at night, so Timothy stays over more often.",
    previousOutcomesMet: 'Partially met',
  },
  supportPlan: [
    {
      want: 'To keep having a regular break from caring',
      support: 'The sitting service for Alice one afternoon a week, from the carer budget',
      cost: '350',
    },
    {
      want: 'To do a second term of pottery',
      support: 'Course fees for one term at the adult learning centre',
      cost: '200',
    },
    {
      want: 'To sleep better on the nights I stay over',
      support: "Referral to the community respiratory team to review Alice's night-time support",
      cost: '',
    },
  ],
  nextActions: COMPLETE_ACTIONS,
};

// ---------------------------------------------------------------------------------------------
// Pages

export interface FieldExpectation {
  /** text / shown / choice: the value a correct reader produces (null: blank or nothing chosen). */
  value?: string | null;
  /** multi: the ticked options' texts, in the form's order. */
  values?: string[];
  /** table: each row's cells keyed by fields.ts column ids ('' for an empty cell). */
  rows?: Array<Record<string, string>>;
  /** areas: each free-text area of Section 2, in order. */
  areas?: Array<{ label: string; value: string }>;
  /**
   * Shown when the page has loaded: its tab is the open one and, for a conditional question, the
   * form has opened it (the snapshot's `shown`).
   */
  shown: boolean;
  /** The form's condition for it holds (true for every unconditional field), whatever tab is open. */
  open: boolean;
  /** Visible name of its tab, null on a page without tabs. */
  tab: string | null;
  /**
   * The worker can change it (false for pre-populated and computed values, and the read-only
   * previous plan). Left out for the repeating tables the worker fills with Find / Add, where it
   * depends on whether the table has rows.
   */
  editable?: boolean;
}

/** What the sidebar should show (contract.md), best effort; checked later against the rules. */
export interface ExpectedSidebar {
  formDecision: 'eligible' | 'not-eligible' | 'incomplete' | null;
  statutory: 'met' | 'not-met' | 'incomplete' | null;
  /** data-suggested / data-shown / data-costs, as the attributes hold them. */
  suggested: string | null;
  shown: string | null;
  costs: string | null;
}

export interface DemoPage {
  /** File name under tests/demo/site. */
  file: string;
  /** document.title */
  title: string;
  /** What a person trying the demo sees in the index. */
  description: string;
  kind: PageKind | null;
  personId: string | null;
  /** The person's name as the title shows it (null for ordinary pages). */
  personName: string | null;
  rendering: Rendering;
  state: string;
  /** The logged-in worker's name as the header shows it. */
  worker: string | null;
  /** Visible tab names, in order, and the one open when the page loads. */
  tabs: string[];
  activeTab: string | null;
  expected: Record<string, FieldExpectation>;
  notFound: string[];
  /** The rule ids of rules.md this page was designed to trigger (best effort). */
  expectedRuleIds: string[];
  sidebar: ExpectedSidebar | null;
  /** The state it was generated from (null for ordinary pages). */
  source: StepState | SummaryState | null;
}

export function normaliseText(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Whether a conditional field of fields.ts is open in this state (forms.md's conditions). */
export function isOpen(fieldId: string, s: StepState): boolean {
  switch (fieldId) {
    case 'gpContact':
      return s.gpKnows === 'No';
    case 'viewsNotConsideredReason':
      return s.viewsConsidered === 'No';
    case 'dependentAdults.details':
      return s.dependentAdults === 'Yes';
    case 'wellbeingImpact':
      return s.healthDeteriorating === 'Yes';
    case 'wellbeingOther':
      return (
        s.healthDeteriorating === 'Yes' && s.wellbeing.includes('Other (please specify below)')
      );
    case 'suggestedBudget':
      return s.fundsRequired === 'Yes';
    case 'pd.gender.selfDescribe':
      return s.personDetails?.gender === 'Prefer to self-describe';
    case 'pd.sexualOrientation.selfDescribe':
      return s.personDetails?.orientation === 'Prefer to self-describe';
    default:
      return true;
  }
}

/** "As a result of your caring role, you are unable to achieve …" is shown when any outcome is No. */
export function unableShown(s: StepState): boolean {
  return Object.values(s.outcomes).some((o) => o.answer === 'No');
}

export const CARING_LEVEL_TEXT = [
  '0: Very low level of care provided',
  '1. Low (less than 10 hours/less intensive care carried out)',
  '2. Moderate (more than 10/more intensive care)',
  '3. High (a great deal of care and high intensity)',
];
export const IMPACT_LEVEL_TEXT = [
  '0: None or minimal impact on wellbeing',
  '1: some impact on wellbeing',
  '2. a significant impact on wellbeing',
  '3. a serious impact on wellbeing',
];

/** dd/mm/yyyy of `today` (yyyy-mm-dd) + months, the day kept or clamped to the month's end. */
export function datePlusMonths(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = ((total % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(day).padStart(2, '0')}/${String(month + 1).padStart(2, '0')}/${year}`;
}

/** A next action's scheduled date as the static HTML holds it. */
export function scheduledDateOf(a: ActionRow, today = DEMO_TODAY): string {
  return a.months !== undefined ? datePlusMonths(today, a.months) : a.scheduledDate;
}

function tabsOf(kind: PageKind): {
  form: string | null;
  personDetails: string | null;
  actions: string | null;
  summary: null;
} {
  if (kind === 'carers-conversation')
    return {
      form: 'Carers Conversation',
      personDetails: 'Person Details form',
      actions: 'Privacy Notice',
      summary: null,
    };
  if (kind === 'carers-review')
    return {
      form: 'Carers Review',
      personDetails: null,
      actions: 'Next actions form',
      summary: null,
    };
  return { form: null, personDetails: null, actions: null, summary: null };
}

const PREPOP_IDS = [
  'fullName',
  'dateOfBirth',
  'address',
  'gender',
  'ethnicity',
  'subEthnicity',
  'serviceUserGroup',
  'employmentStatus',
] as const;

function blankToNull(v: string | null | undefined): string | null {
  const t = normaliseText(v);
  return t === '' ? null : t;
}

function stepValue(
  def: FieldDef,
  s: StepState,
): Omit<FieldExpectation, 'shown' | 'open' | 'tab' | 'editable'> {
  const id = def.id;
  if ((PREPOP_IDS as readonly string[]).includes(id))
    return { value: blankToNull(s.prepop[id as (typeof PREPOP_IDS)[number]]) };
  if (id.startsWith('outcome.')) return { value: s.outcomes[id as OutcomeId].answer };
  const pd = s.personDetails ?? NO_PD;
  switch (id) {
    case 'adultsCaredFor':
      return { value: blankToNull(s.adultsCaredFor) };
    case 'caredFor':
      return { rows: s.caredFor.map((r) => ({ ...r })) };
    case 'hoursCaring':
      return { value: s.hoursCaring };
    case 'gpKnows':
      return { value: s.gpKnows };
    case 'gpContact':
      return { value: s.gpContact };
    case 'communicationSupport':
      return { value: s.communicationSupport };
    case 'communicationSupport.details':
      return { value: blankToNull(s.communicationDetails) };
    case 'receivingPayment':
      return { value: s.receivingPayment };
    case 'receivingPayment.details':
      return { value: blankToNull(s.paymentDetails) };
    case 'contactMethod':
      return { value: s.contactMethod };
    case 'viewsConsidered':
      return { value: s.viewsConsidered };
    case 'viewsNotConsideredReason':
      return { value: blankToNull(s.viewsReason) };
    case 'conversation':
      return {
        areas: CONVERSATION_LABELS.map((label, i) => ({
          label,
          value: normaliseText(s.conversation[i]),
        })),
      };
    case 'previousPlan':
      return { rows: (s.review?.previousPlan ?? []).map((r) => ({ ...r })) };
    case 'review.supportWorking':
      return { value: blankToNull(s.review?.supportWorking) };
    case 'review.outcomesAchieved':
      return { value: blankToNull(s.review?.outcomesAchieved) };
    case 'review.whatChanged':
      return { value: blankToNull(s.review?.whatChanged) };
    case 'review.previousOutcomesMet':
      return { value: s.review?.previousOutcomesMet ?? null };
    case 'dependentAdults':
      return { value: s.dependentAdults };
    case 'dependentAdults.details':
      return { value: blankToNull(s.dependentDetails) };
    case 'unableToAchieve':
      return { value: unableShown(s) ? 'Yes' : null };
    case 'healthDeteriorating':
      return { value: s.healthDeteriorating };
    case 'wellbeingImpact':
      return { values: WELLBEING_ORDER.filter((w) => s.wellbeing.includes(w)) };
    case 'wellbeingOther':
      return { value: blankToNull(s.wellbeingOther) };
    case 'decision':
      return { value: s.shownDecision };
    case 'caringLevel':
      return { value: s.caringLevel === null ? null : CARING_LEVEL_TEXT[s.caringLevel] };
    case 'wellbeingImpactLevel':
      return { value: s.impactLevel === null ? null : IMPACT_LEVEL_TEXT[s.impactLevel] };
    case 'fundsRequired':
      return { value: s.fundsRequired };
    case 'suggestedBudget':
      return { value: s.fundsRequired === 'Yes' ? blankToNull(s.shownBudget) : null };
    case 'supportPlan':
      return {
        rows: s.supportPlan.map((r) => ({ want: r.want, support: r.support, cost: r.cost })),
      };
    case 'pd.gender':
      return { value: pd.gender };
    case 'pd.gender.selfDescribe':
      return { value: blankToNull(pd.genderDescribe) };
    case 'pd.trans':
      return { value: pd.trans };
    case 'pd.genderSameAsBirth':
      return { value: pd.sameAsBirth };
    case 'pd.sexualOrientation':
      return { value: pd.orientation };
    case 'pd.sexualOrientation.selfDescribe':
      return { value: blankToNull(pd.orientationDescribe) };
    case 'nextActions':
      return {
        rows: s.nextActions.map((a) => ({
          action: a.action,
          reason: a.reason,
          scheduledDate: scheduledDateOf(a),
          worker: a.worker,
          team: a.team,
          priority: a.priority,
          note: a.note,
        })),
      };
    default:
      throw new Error(`pages.ts: no expectation for field ${id}`);
  }
}

/** The wellbeing areas as the demo Conversation lists them, in order. */
export const WELLBEING_ORDER = [
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

const NOT_EDITABLE = new Set<string>([
  ...PREPOP_IDS,
  'unableToAchieve',
  'decision',
  'suggestedBudget',
  'previousPlan',
]);
const WORKER_TABLES = new Set<string>(['caredFor', 'supportPlan', 'nextActions']);

/** The tab open when a step page loads. */
export function activeTabOf(kind: StepState['kind']): string {
  return kind === 'carers-conversation' ? 'Carers Conversation' : 'Carers Review';
}

function stepExpectations(
  s: StepState,
  rendering: Rendering,
): { expected: Record<string, FieldExpectation>; notFound: string[] } {
  const tabs = tabsOf(s.kind);
  const expected: Record<string, FieldExpectation> = {};
  const notFound: string[] = [];
  for (const def of fieldsFor(s.kind)) {
    const open = def.id === 'unableToAchieve' ? unableShown(s) : isOpen(def.id, s);
    // The legacy rendering leaves closed conditional questions out of the page (it re-renders on
    // each answer); the others hold them hidden.
    if (!open && def.shownWhen && rendering === 'legacy') {
      notFound.push(def.id);
      continue;
    }
    const tab = tabs[def.tab];
    expected[def.id] = {
      ...stepValue(def, s),
      shown: open && tab === activeTabOf(s.kind),
      open,
      tab,
      ...(WORKER_TABLES.has(def.id) ? {} : { editable: !NOT_EDITABLE.has(def.id) }),
    };
  }
  return { expected, notFound };
}

function summaryExpectations(s: SummaryState): {
  expected: Record<string, FieldExpectation>;
  notFound: string[];
} {
  return {
    expected: {
      serviceUserGroups: {
        rows: s.groups.map((g) => ({ ...g })),
        shown: true,
        open: true,
        tab: null,
      },
      employmentStatus: {
        value: s.employmentStatus,
        shown: true,
        open: true,
        tab: null,
        editable: false,
      },
      relationships: {
        rows: s.relationships.map((r) => ({ relationship: r.relationship, name: r.name })),
        shown: true,
        open: true,
        tab: null,
      },
    },
    notFound: [],
  };
}

function stepPage(
  file: string,
  state: string,
  rendering: Rendering,
  s: StepState,
  description: string,
  expectedRuleIds: string[],
  sidebar: ExpectedSidebar,
): DemoPage {
  const step = s.kind === 'carers-conversation' ? 'Carers Conversation' : 'Carers Review';
  const name = `${s.person.forename} ${s.person.surname}`;
  const tabs =
    s.kind === 'carers-conversation'
      ? ['Privacy Notice', 'Carers Conversation', 'Person Details form']
      : ['Next actions form', 'Carers Review'];
  return {
    file,
    title: `${step} : ${name} (${s.person.id})`,
    description,
    kind: s.kind,
    personId: s.person.id,
    personName: name,
    rendering,
    state,
    worker: s.worker,
    tabs,
    activeTab: activeTabOf(s.kind),
    ...stepExpectations(s, rendering),
    expectedRuleIds,
    sidebar,
    source: s,
  };
}

function summaryPage(
  file: string,
  state: string,
  s: SummaryState,
  description: string,
  expectedRuleIds: string[],
): DemoPage {
  const p = s.person;
  const name = `${p.title} ${p.forename} ${p.surname}`;
  return {
    file,
    title: `Person summary - ${name} (${p.id}) born ${p.dobLong} (${p.age} years old)`,
    description,
    kind: 'person-summary',
    personId: p.id,
    personName: name,
    rendering: 'modern',
    state,
    worker: s.worker,
    tabs: [],
    activeTab: null,
    ...summaryExpectations(s),
    expectedRuleIds,
    sidebar: null,
    source: s,
  };
}

function ordinaryPage(file: string, title: string, description: string): DemoPage {
  return {
    file,
    title,
    description,
    kind: null,
    personId: null,
    personName: null,
    rendering: 'modern',
    state: 'ordinary',
    worker: null,
    tabs: [],
    activeTab: null,
    expected: {},
    notFound: [],
    expectedRuleIds: [],
    sidebar: null,
    source: null,
  };
}

export const STATES = {
  blankConversation: BLANK_CONVERSATION,
  completeConversation: COMPLETE_CONVERSATION,
  notEligibleConversation: NOT_ELIGIBLE_CONVERSATION,
  inconsistentConversation: INCONSISTENT_CONVERSATION,
  blankReview: BLANK_REVIEW,
  completeReview: COMPLETE_REVIEW,
};

const TIMOTHY_SUMMARY: SummaryState = {
  kind: 'person-summary',
  person: TIMOTHY,
  worker: WORKER,
  groups: [
    { group: 'Carer', subGroup: 'No sub-group recorded (primary)', from: 'From 20 Jun 2023' },
  ],
  relationships: [
    {
      relationship: 'FRIEND',
      name: 'Alice Trainee',
      role: "Timothy Guide's role with regard to Alice",
    },
  ],
  employmentStatus: TIMOTHY.employmentStatus,
};

export const SUMMARIES = {
  complete: TIMOTHY_SUMMARY,
  problems: {
    ...TIMOTHY_SUMMARY,
    groups: [
      {
        group: 'Mental Health',
        subGroup: 'No sub-group recorded (primary)',
        from: 'From 3 Feb 2021',
      },
      { group: 'Carer', subGroup: 'No sub-group recorded', from: 'From 20 Jun 2023' },
    ],
    employmentStatus: null,
  } satisfies SummaryState,
  noCarer: {
    kind: 'person-summary',
    person: DORA,
    worker: WORKER,
    groups: [
      {
        group: 'Physical Support',
        subGroup: 'Personal Care Support (primary)',
        from: 'From 14 Mar 2022',
      },
    ],
    relationships: [
      {
        relationship: 'MOTHER',
        name: 'Eve Example',
        role: "Dora Example's role with regard to Eve",
      },
    ],
    employmentStatus: DORA.employmentStatus,
  } satisfies SummaryState,
};

const COMPLETE_SIDEBAR: ExpectedSidebar = {
  formDecision: 'eligible',
  statutory: 'met',
  suggested: '600',
  shown: '600',
  costs: '550',
};

export const DEMO_PAGES: DemoPage[] = [
  summaryPage(
    'person-summary.html',
    'complete',
    SUMMARIES.complete,
    "Timothy Guide's person summary, ready for a Carers Conversation",
    [],
  ),
  summaryPage(
    'person-summary-problems.html',
    'problems',
    SUMMARIES.problems,
    "Timothy Guide's person summary with Carer not the primary group and no employment status",
    ['wf.carer-group-not-primary', 'wf.employment-status-missing'],
  ),
  summaryPage(
    'person-summary-no-carer.html',
    'no-carer',
    SUMMARIES.noCarer,
    "Dora Example's person summary, with no Carer service user group",
    ['wf.carer-group-missing'],
  ),
  stepPage(
    'conversation-blank.html',
    'blank',
    'modern',
    BLANK_CONVERSATION,
    'A new Carers Conversation: only the pre-populated fields are filled',
    [
      's1.adults-cared-for-missing',
      's1.cared-for-empty',
      's1.hours-missing',
      's1.gp-knows-missing',
      's1.communication-missing',
      's1.payment-missing',
      's2.contact-method-missing',
      's2.views-missing',
      's2.conversation-text-missing',
      's3.outcome-missing',
      's3.health-missing',
      's3.caring-level-missing',
      's3.impact-level-missing',
      'pd.answer-missing',
      'act.none',
    ],
    { formDecision: 'incomplete', statutory: 'incomplete', suggested: '', shown: '', costs: '0' },
  ),
  stepPage(
    'conversation-complete.html',
    'complete',
    'modern',
    COMPLETE_CONVERSATION,
    "The guide's worked example, complete: eligible, Suggested budget 600, a support plan and both next actions",
    [],
    COMPLETE_SIDEBAR,
  ),
  stepPage(
    'conversation-not-eligible.html',
    'not-eligible',
    'modern',
    NOT_ELIGIBLE_CONVERSATION,
    'Grace Sample: every outcome achieved, health not deteriorating, No Further Action',
    [],
    { formDecision: 'not-eligible', statutory: 'not-met', suggested: '150', shown: '', costs: '0' },
  ),
  stepPage(
    'conversation-inconsistent.html',
    'inconsistent',
    'modern',
    INCONSISTENT_CONVERSATION,
    'A Carers Conversation full of mistakes: counts, levels, Decision, budget, costs and next actions disagree',
    [
      's1.prepopulated-missing',
      's1.cared-for-count-mismatch',
      's1.gp-contact-missing',
      's1.communication-details-missing',
      's1.payment-details-missing',
      's2.views-reason-missing',
      's2.conversation-text-missing',
      's3.conditional-details-missing',
      's3.wellbeing-none-conflict',
      's3.wellbeing-other-missing',
      's3.decision-mismatch',
      's3.caring-level-hours-mismatch',
      's3.impact-level-mismatch',
      's3.suggested-budget-mismatch',
      's3.support-plan-row-incomplete',
      's3.costs-over-budget',
      's3.cost-invalid',
      'pd.answer-missing',
      'pd.self-describe-missing',
      'act.nfa-other-note-missing',
      'act.nfa-conflict',
      'act.purchase-not-self',
      'act.review-team-missing',
      'act.review-date-off',
    ],
    { formDecision: 'eligible', statutory: 'met', suggested: '0', shown: '600', costs: '750' },
  ),
  stepPage(
    'conversation-legacy.html',
    'complete',
    'legacy',
    COMPLETE_CONVERSATION,
    'The complete Conversation in an older layout: layout tables, unlabelled controls, bare radio captions',
    [],
    COMPLETE_SIDEBAR,
  ),
  stepPage(
    'conversation-aria.html',
    'complete',
    'aria',
    COMPLETE_CONVERSATION,
    'The complete Conversation built with fieldsets, aria-labelledby and definition lists',
    [],
    COMPLETE_SIDEBAR,
  ),
  stepPage(
    'review-blank.html',
    'blank',
    'modern',
    BLANK_REVIEW,
    'A Carers Review just opened: pre-populated from the Conversation, review boxes empty, no next actions',
    [
      's1.adults-cared-for-missing',
      's1.hours-missing',
      's2.review-text-missing',
      's2.previous-outcomes-met-missing',
      'act.none',
      'act.budget-needs-purchase',
      'act.budget-needs-review',
    ],
    COMPLETE_SIDEBAR,
  ),
  stepPage(
    'review-complete.html',
    'complete',
    'modern',
    COMPLETE_REVIEW,
    'A complete Carers Review with a new support plan and next actions',
    [],
    COMPLETE_SIDEBAR,
  ),
  ordinaryPage(
    'news-carers-conversation-tips.html',
    'Staff news - Tips for the Carers Conversation',
    'A staff news article that mentions the steps (not a Mosaic step)',
  ),
  ordinaryPage(
    'help-carers-review.html',
    'Practice guide - Carers Review : how to',
    'A help page that quotes the step titles (not a Mosaic step)',
  ),
];

/** The Mosaic pages (person summary and step editors). */
export const MOSAIC_PAGES = DEMO_PAGES.filter((p) => p.kind !== null);

export function demoPage(file: string): DemoPage {
  const p = DEMO_PAGES.find((x) => x.file === file);
  if (!p) throw new Error(`No demo page ${file}`);
  return p;
}

/** Field ids a reader should list in the snapshot's `notFound` (closed conditionals excepted). */
export function snapshotNotFound(page: DemoPage): string[] {
  if (!page.kind) return [];
  const conditional = new Set<string>(
    fieldsFor(page.kind)
      .filter((f) => f.shownWhen)
      .map((f) => f.id),
  );
  return page.notFound.filter((id) => !conditional.has(id));
}

/**
 * happy-dom (21.0.4) marks the wrong option selected when it parses `<option selected>` (it picks
 * another index). Call this on a demo page parsed with happy-dom, before reading it, so each
 * select's chosen option is the one its HTML says. A browser needs nothing of the kind.
 */
export function settleSelects(doc: Document): void {
  for (const sel of Array.from(doc.querySelectorAll('select'))) {
    const options = Array.from(sel.querySelectorAll('option'));
    let chosen = -1;
    options.forEach((o, i) => {
      if (o.hasAttribute('selected')) chosen = i;
    });
    if (!sel.multiple) sel.selectedIndex = chosen >= 0 ? chosen : options.length ? 0 : -1;
  }
}

/** The expectations as a browser shows the page on `today` (yyyy-mm-dd): relative dates moved. */
export function expectedOn(page: DemoPage, today: string): Record<string, FieldExpectation> {
  const s = page.source;
  if (!s || s.kind === 'person-summary' || !page.expected.nextActions) return page.expected;
  return {
    ...page.expected,
    nextActions: {
      ...page.expected.nextActions,
      rows: (page.expected.nextActions.rows ?? []).map((r, i) => ({
        ...r,
        scheduledDate: scheduledDateOf(s.nextActions[i], today),
      })),
    },
  };
}
