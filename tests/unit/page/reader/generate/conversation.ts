/**
 * One description of a filled-in Carers Conversation (forms.md's questions, options, answers and
 * pre-populated values), from which the renderer draws pages in many markups. The answers are
 * those of tests/unit/fixtures/expected.ts, except that the Purchase action is passed to Sam
 * Okafor: with a worker read from the header the Purchase finding is raised, without one it is not.
 */
import {
  CARED_FOR_ROW,
  CONVERSATION_AREAS,
  HOURS,
  NEXT_ACTION_ROWS,
  SUPPORT_PLAN_ROWS,
} from '../../../fixtures/expected';

export type Item =
  | { kind: 'section'; text: string }
  | { kind: 'shown'; label: string; lines: string[] }
  | { kind: 'text'; label: string; value: string; box: 'input' | 'textarea' }
  | {
      kind: 'choice';
      label: string;
      options: string[];
      answer: string | null;
      as: 'radio' | 'select';
    }
  | { kind: 'multi'; label: string; options: string[]; ticked: string[] }
  | { kind: 'table'; label: string; columns: string[]; rows: string[][]; inputs: boolean };

export interface Tab {
  name: string;
  items: Item[];
}

export interface Conversation {
  person: string;
  id: string;
  /** the logged-in worker, for the header forms that name one */
  worker: string;
  team: string;
  /** the tab open when the page is drawn */
  open: string;
  tabs: Tab[];
}

const YN = ['Yes', 'No'];
const yn = (label: string, answer: string | null): Item => ({
  kind: 'choice',
  label,
  options: YN,
  answer,
  as: 'radio',
});
const text = (label: string, value: string, box: 'input' | 'textarea' = 'textarea'): Item => ({
  kind: 'text',
  label,
  value,
  box,
});
const select = (
  label: string,
  options: string[],
  answer: string | null,
  as: 'radio' | 'select' = 'select',
): Item => ({ kind: 'choice', label, options, answer, as });
const shown = (label: string, ...lines: string[]): Item => ({ kind: 'shown', label, lines });

const OUTCOMES: Array<[string, string | null]> = [
  ['Carrying out any caring responsibilities the carer has for a child', 'Yes'],
  ['Providing care to other persons for whom the carer provides care', 'Yes'],
  ['Maintaining a habitable home environment', 'No'],
  ['Managing and maintaining nutrition', 'Yes'],
  ['Developing and maintaining family or other personal relationships', 'No'],
  ['Engaging in work, training, education or volunteering', 'Yes'],
  ['Making use of necessary facilities or services in the local community', 'Yes'],
  ['Engaging in recreational activities', null],
];

const WELLBEING = [
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

const PD_GENDER = [
  'Female',
  'Male',
  'Non-binary',
  'Prefer not to say',
  'Prefer to self-describe',
  'Question not asked',
];
const PD_YN = ['Yes', 'No', 'Prefer not to say', 'Question not asked'];
const PD_ORIENTATION = [
  'Bi/bisexual',
  'Gay/lesbian',
  'Heterosexual/straight',
  'Prefer not to say',
  'Prefer to self-describe',
  'Question not asked',
];

const ACTION_COLUMNS: Array<[string, keyof (typeof NEXT_ACTION_ROWS)[number]]> = [
  ['Select action', 'action'],
  ['Reason', 'reason'],
  ['Scheduled Date', 'scheduledDate'],
  ['Pass to worker', 'worker'],
  ['Pass to team', 'team'],
  ['Priority', 'priority'],
  ['Note', 'note'],
];

export const CONVERSATION_CONTENT: Conversation = {
  person: 'Timothy Guide',
  id: '2204451',
  worker: 'Jo Worker',
  team: 'Camden Carers Service',
  open: 'Carers Conversation',
  tabs: [
    {
      name: 'Privacy Notice',
      items: [
        { kind: 'section', text: '1. Adult Social Care Privacy Notice' },
        { kind: 'section', text: '2. Actions Taken' },
        {
          kind: 'table',
          label: 'Next actions',
          columns: ACTION_COLUMNS.map(([c]) => c),
          rows: [{ ...NEXT_ACTION_ROWS[0], worker: 'Sam Okafor' }, NEXT_ACTION_ROWS[1]].map((r) =>
            ACTION_COLUMNS.map(([, k]) => r[k]),
          ),
          inputs: false,
        },
      ],
    },
    {
      name: 'Carers Conversation',
      items: [
        { kind: 'section', text: '1. Information needed at point of referral/booking appointment' },
        shown('Full name', 'Mr Timothy Guide'),
        shown('Date of Birth', '01/06/1966'),
        shown('Address', 'Flat 1', '55 Bedford Way', 'London', 'WC1H 0DB'),
        shown('Gender', 'Male'),
        shown('Ethnicity', 'Mixed'),
        shown('Sub Ethnicity', 'Any Other Mixed Background'),
        shown('Carers Service user group', 'Carer'),
        shown('Employment Status', 'Not in Paid Employment (not actively seeking work / retired)'),
        text('No. of adults being cared for', '1', 'input'),
        {
          kind: 'table',
          label: 'Person/s being cared for',
          columns: [
            'Full Name',
            'Date of Birth',
            'Address',
            'Gender',
            'Mosaic ID',
            'Relationship to carer',
          ],
          rows: [Object.values(CARED_FOR_ROW)],
          inputs: false,
        },
        select('Total hours caring per week', HOURS, '22 - 28 hours'),
        yn('Does your GP know you are a carer?', 'No'),
        yn('Would you like us to contact them?', 'Yes'),
        yn('Do you need any support with communication?', 'Yes'),
        text('Details', 'Needs large print letters'),
        yn(
          'Is the carer receiving payment for any of the care and support they provide? (eg via a direct payment)',
          'No',
        ),
        text('Details', ''),
        { kind: 'section', text: '2. Carers Wellbeing Conversation' },
        select(
          'Method of contact',
          ['Face to face', 'Home visit', 'Telephone', 'Video call'],
          'Home visit',
        ),
        yn('Were the views of the cared for person considered as part of the assessment?', 'No'),
        text('Reason', 'Alice was in hospital at the time'),
        ...CONVERSATION_AREAS.map((a) => text(a.label, a.value)),
        { kind: 'section', text: '3. Eligibility and Support Plan' },
        ...OUTCOMES.map(([l, a]) => yn(l, a)),
        yn('Are there any adults that are dependent on you?', 'Yes'),
        text('Details', 'My mother, who lives nearby'),
        shown(
          'As a result of your caring role, you are unable to achieve one or more of the outcomes',
          'Yes',
        ),
        yn(
          'Is (or is there a risk of) your mental or physical health deteriorating due to your caring role?',
          'Yes',
        ),
        {
          kind: 'multi',
          label:
            'As a consequence there is, or is likely to be, a significant impact on your wellbeing (tick relevant areas)',
          options: WELLBEING,
          ticked: [WELLBEING[1], WELLBEING[9]],
        },
        text('Other (please specify below)', 'Loss of sleep', 'input'),
        shown('Decision', 'Eligibility indicated'),
        select(
          'The level of the caring role is',
          [
            '0: Very low level of care provided',
            '1. Low (less than 10 hours/less intensive care carried out)',
            '2. Moderate (more than 10/more intensive care)',
            '3. High (a great deal of care and high intensity)',
          ],
          '2. Moderate (more than 10/more intensive care)',
        ),
        select(
          'Impact on physical and mental wellbeing',
          [
            '0: None or minimal impact on wellbeing',
            '1: some impact on wellbeing',
            '2. a significant impact on wellbeing',
            '3. a serious impact on wellbeing',
          ],
          '2. a significant impact on wellbeing',
        ),
        yn('Are funds required to meet any of the carer’s outcomes?', 'Yes'),
        shown('Suggested budget', '600'),
        {
          kind: 'table',
          label: 'Desired outcomes and Support plan',
          columns: [
            'What I want to achieve',
            'The support I will need',
            'If required, total cost for this support',
          ],
          rows: SUPPORT_PLAN_ROWS.map((r) => [r.want, r.support, r.cost]),
          inputs: true,
        },
      ],
    },
    {
      name: 'Person Details form',
      items: [
        select('What best describes your gender?', PD_GENDER, 'Male'),
        select('Do you identify as trans?', PD_YN, 'No', 'radio'),
        select(
          'Is your gender identity the same as the sex you were assigned at birth?',
          PD_YN,
          'Yes',
          'radio',
        ),
        select('What is your sexual orientation?', PD_ORIENTATION, 'Prefer to self-describe'),
        text('Please describe', 'Queer', 'input'),
      ],
    },
  ],
};
