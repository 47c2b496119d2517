/**
 * Writes the static HTML of every demo Mosaic page (tests/demo/site/*.html) from the states in
 * pages.ts. Run it after changing a state or a rendering, and commit its output:
 *
 *   npx tsx tests/demo/build-pages.ts
 *
 * Three renderings of a step editor:
 * - modern: div layout, <label for>, role="radiogroup", read-only inputs for pre-populated values,
 *   closed conditional questions held in the page with the `hidden` attribute;
 * - legacy: layout tables, the question in one <td> and unlabelled controls in the next, radio and
 *   tick-box captions as bare text after the inputs, pre-populated values as plain text cells,
 *   closed conditional questions left out of the page (a <template> the script opens);
 * - aria: fieldset/legend for radio and tick-box groups, aria-labelledby for text boxes and
 *   selects, <dl>/<dt>/<dd> for pre-populated values, closed questions hidden with display:none.
 *
 * The page script (site/mosaic.js) only adds behaviour and uses its own data- attributes; the
 * extension must never rely on those.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_DIR } from './server';
import { WORK_STEP_PAGES, workStepHtml } from './work-steps';
import { appHtml } from './live-app';
import { VARIANT_PAGES, variantHtml } from './variants';
import {
  CARING_LEVEL_TEXT,
  CONTACT_METHODS,
  CONVERSATION_LABELS,
  DEMO_PAGES,
  demoPage,
  DEPENDENT_FURTHER_LABEL,
  IMPACT_LEVEL_TEXT,
  isOpen,
  scheduledDateOf,
  unableShown,
  WELLBEING_ORDER,
  type DemoPage,
  type Rendering,
  type StepState,
  type SummaryState,
} from './pages';

// ---------------------------------------------------------------------------------------------
// Texts of forms.md

const YES_NO = ['Yes', 'No'];
const HOURS = [
  '1 - 7 hours',
  '8 - 14 hours',
  '15 - 21 hours',
  '22 - 28 hours',
  '29 - 35 hours',
  '36 - 42 hours',
  '43 - 49 hours',
  '50+ hours',
];
const OUTCOMES: Array<[string, string]> = [
  ['outcome.childCare', 'Carrying out any caring responsibilities the carer has for a child'],
  ['outcome.otherCare', 'Providing care to other persons for whom the carer provides care'],
  ['outcome.home', 'Maintaining a habitable home environment'],
  ['outcome.nutrition', 'Managing and maintaining nutrition'],
  ['outcome.relationships', 'Developing and maintaining family or other personal relationships'],
  ['outcome.work', 'Engaging in work, training, education or volunteering'],
  ['outcome.community', 'Making use of necessary facilities or services in the local community'],
  ['outcome.recreation', 'Engaging in recreational activities'],
];
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
const PREVIOUS_OUTCOMES = ['Fully met', 'Partially met', 'Not met'];
const PLEASE_SELECT = '-- Please Select --';

const S1_TITLE = '1. Information needed at point of referral/booking appointment';
const S2_TITLE = '2. Carers Wellbeing Conversation';
const S3_TITLE = '3. Eligibility and Support Plan';

// ---------------------------------------------------------------------------------------------
// A small description of a form, rendered three ways

type Item =
  | { t: 'heading'; text: string }
  | { t: 'para'; html: string; cls?: string }
  | {
      t: 'prepop';
      f: string;
      label: string;
      value: string | null;
      required: boolean;
      multiline?: boolean;
    }
  | {
      t: 'shown';
      f: string;
      label: string;
      value: string | null;
      compute?: string;
      hidden?: boolean;
    }
  | {
      t: 'radios';
      f: string;
      label: string;
      options: string[];
      value: string | null;
      required: boolean;
      columns?: number;
    }
  | {
      t: 'select';
      f: string;
      label: string;
      options: string[];
      value: string | null;
      required: boolean;
      optionValues?: string[];
      guidance?: string[];
    }
  | {
      t: 'text';
      f: string;
      label: string;
      value: string;
      required: boolean;
      multiline: boolean;
      sub?: boolean;
      size?: number;
    }
  | { t: 'checks'; f: string; label: string; options: string[]; values: string[] }
  | { t: 'check1'; f: string; label: string; checked: boolean }
  | { t: 'outcome'; f: string; label: string; value: string | null; notes: string }
  | { t: 'cond'; when: string; open: boolean; template: boolean; items: Item[] }
  | {
      t: 'grid';
      f: string;
      label: string;
      columns: string[];
      rows: string[][];
      inputs: boolean;
      bin: boolean;
      button?: { text: string; action: string };
      /** Indexes of cells that hold a date relative to today, with the months. */
      dateMonths?: Array<Array<number | undefined>>;
    };

interface Section {
  id: string;
  title: string;
  done: boolean;
  items: Item[];
  requiredNote?: boolean;
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A textarea's content: a leading newline would be eaten by the parser. */
function taText(s: string): string {
  return esc(s);
}

// ---------------------------------------------------------------------------------------------
// The forms of a step

function filled(v: string | null | undefined): boolean {
  return (v ?? '').trim() !== '';
}

function section1(s: StepState): Section {
  const p = s.prepop;
  const items: Item[] = [
    {
      t: 'para',
      cls: 'guidance',
      html: "<b>Guidance:</b> The following information will prepopulate from the person's main Mosaic record and missing information can only be entered there.",
    },
    { t: 'heading', text: 'Carer' },
    { t: 'prepop', f: 'fullName', label: 'Full name', value: p.fullName, required: false },
    { t: 'prepop', f: 'dateOfBirth', label: 'Date of Birth', value: p.dateOfBirth, required: true },
    {
      t: 'prepop',
      f: 'address',
      label: 'Address',
      value: p.address,
      required: false,
      multiline: true,
    },
    { t: 'prepop', f: 'gender', label: 'Gender', value: p.gender, required: true },
    { t: 'prepop', f: 'ethnicity', label: 'Ethnicity', value: p.ethnicity, required: true },
    {
      t: 'prepop',
      f: 'subEthnicity',
      label: 'Sub Ethnicity',
      value: p.subEthnicity,
      required: true,
    },
    {
      t: 'prepop',
      f: 'serviceUserGroup',
      label: 'Carers Service user group',
      value: p.serviceUserGroup,
      required: true,
    },
    {
      t: 'prepop',
      f: 'employmentStatus',
      label: 'Employment Status',
      value: p.employmentStatus,
      required: true,
    },
    { t: 'heading', text: 'Person/s being cared for' },
    {
      t: 'text',
      f: 'adultsCaredFor',
      label: 'No. of adults being cared for',
      value: s.adultsCaredFor ?? '',
      required: true,
      multiline: false,
      size: 4,
    },
    {
      t: 'grid',
      f: 'caredFor',
      label: 'Person/s being cared for',
      columns: [
        'Full Name',
        'Date of Birth',
        'Address',
        'Gender',
        'Mosaic ID',
        'Relationship to carer',
      ],
      rows: s.caredFor.map((r) => [
        r.fullName,
        r.dateOfBirth,
        r.address,
        r.gender,
        r.mosaicId,
        r.relationship,
      ]),
      inputs: false,
      bin: true,
      button: { text: 'Find', action: 'find-person' },
    },
    {
      t: 'select',
      f: 'hoursCaring',
      label: 'Total hours caring per week',
      options: HOURS,
      value: s.hoursCaring,
      required: true,
    },
    {
      t: 'radios',
      f: 'gpKnows',
      label: 'Does your GP know you are a carer?',
      options: YES_NO,
      value: s.gpKnows,
      required: true,
    },
    {
      t: 'cond',
      when: 'gpKnows=No',
      open: isOpen('gpContact', s),
      template: true,
      items: [
        {
          t: 'radios',
          f: 'gpContact',
          label: 'Would you like us to contact them?',
          options: YES_NO,
          value: s.gpContact,
          required: true,
        },
      ],
    },
    {
      t: 'radios',
      f: 'communicationSupport',
      label: 'Do you need any support with communication?',
      options: YES_NO,
      value: s.communicationSupport,
      required: true,
    },
    {
      t: 'text',
      f: 'communicationSupport.details',
      label: 'Details',
      value: s.communicationDetails,
      required: false,
      multiline: true,
      sub: true,
    },
    {
      t: 'radios',
      f: 'receivingPayment',
      label:
        'Is the carer receiving payment for any of the care and support they provide? (eg via a direct payment)',
      options: YES_NO,
      value: s.receivingPayment,
      required: true,
    },
    {
      t: 'text',
      f: 'receivingPayment.details',
      label: 'Details',
      value: s.paymentDetails,
      required: false,
      multiline: true,
      sub: true,
    },
  ];
  const done =
    Object.values(p).every(filled) &&
    filled(s.adultsCaredFor) &&
    s.caredFor.length > 0 &&
    !!s.hoursCaring &&
    !!s.gpKnows &&
    (s.gpKnows !== 'No' || !!s.gpContact) &&
    !!s.communicationSupport &&
    !!s.receivingPayment;
  return { id: 's1', title: S1_TITLE, done, items, requiredNote: true };
}

function section2(s: StepState): Section {
  const items: Item[] = [
    {
      t: 'select',
      f: 'contactMethod',
      label: 'Method of contact',
      options: CONTACT_METHODS,
      value: s.contactMethod,
      required: true,
    },
    {
      t: 'radios',
      f: 'viewsConsidered',
      label: 'Were the views of the cared for person considered as part of the assessment?',
      options: YES_NO,
      value: s.viewsConsidered,
      required: true,
    },
    {
      t: 'cond',
      when: 'viewsConsidered=No',
      open: isOpen('viewsNotConsideredReason', s),
      template: true,
      items: [
        {
          t: 'text',
          f: 'viewsNotConsideredReason',
          label: 'If no, please give a reason',
          value: s.viewsReason,
          required: true,
          multiline: true,
          sub: true,
        },
      ],
    },
  ];
  if (s.review) {
    const r = s.review;
    items.push(
      { t: 'heading', text: 'Updates since the last conversation' },
      {
        t: 'para',
        cls: 'guidance',
        html:
          '<b>Guidance</b><ul><li>Please review each of the outcomes that were expressed during the previous conversation and identify/record what has been achieved accordingly</li>' +
          '<li>Please also record an overall assessment of whether these outcomes have been met</li></ul>',
      },
      {
        t: 'grid',
        f: 'previousPlan',
        label: 'Previous outcomes and support plan',
        columns: ['What I want to achieve', 'The support I will need'],
        rows: r.previousPlan.map((x) => [x.want, x.support]),
        inputs: false,
        bin: false,
      },
      {
        t: 'text',
        f: 'review.supportWorking',
        label: 'How well has my support been working since our last conversation.',
        value: r.supportWorking,
        required: true,
        multiline: true,
      },
      {
        t: 'text',
        f: 'review.outcomesAchieved',
        label: 'Did I achieve the outcomes we previously identified?',
        value: r.outcomesAchieved,
        required: true,
        multiline: true,
      },
      {
        t: 'text',
        f: 'review.whatChanged',
        label: 'What has changed since the last conversation?',
        value: r.whatChanged,
        required: true,
        multiline: true,
      },
      {
        t: 'radios',
        f: 'review.previousOutcomesMet',
        label: 'Previous outcomes achieved?',
        options: PREVIOUS_OUTCOMES,
        value: r.previousOutcomesMet,
        required: true,
      },
    );
  }
  items.push(
    { t: 'heading', text: 'Your conversation with the carer' },
    {
      t: 'para',
      cls: 'hint',
      html: 'Select the <img class="info" src="info.svg" alt="guidance"> icon beside a question for prompts on what to consider.',
    },
  );
  CONVERSATION_LABELS.forEach((label, i) =>
    items.push({
      t: 'text',
      f: `conversation.${i + 1}`,
      label,
      value: s.conversation[i] ?? '',
      required: true,
      multiline: true,
    }),
  );
  const r = s.review;
  const done =
    !!s.contactMethod &&
    !!s.viewsConsidered &&
    (s.viewsConsidered !== 'No' || filled(s.viewsReason)) &&
    s.conversation.every(filled) &&
    (!r ||
      (filled(r.supportWorking) &&
        filled(r.outcomesAchieved) &&
        filled(r.whatChanged) &&
        !!r.previousOutcomesMet));
  return { id: 's2', title: S2_TITLE, done, items, requiredNote: true };
}

function section3(s: StepState, apostrophe: string): Section {
  const items: Item[] = [
    { t: 'heading', text: 'Carer outcomes' },
    {
      t: 'para',
      cls: 'hint',
      html: 'For each area, is the carer able to achieve the outcome? Record their strengths and any support needs in the box below it.',
    },
  ];
  for (const [f, label] of OUTCOMES) {
    const o = s.outcomes[f as keyof StepState['outcomes']];
    items.push({ t: 'outcome', f, label, value: o.answer, notes: o.notes });
    if (f === 'outcome.otherCare') {
      items.push(
        {
          t: 'radios',
          f: 'dependentAdults',
          label: 'Are there any adults that are dependent on you?',
          options: YES_NO,
          value: s.dependentAdults,
          required: false,
        },
        {
          t: 'cond',
          when: 'dependentAdults=Yes',
          open: isOpen('dependentAdults.details', s),
          template: true,
          items: [
            {
              t: 'text',
              f: 'dependentAdults.details',
              label: 'Please give details',
              value: s.dependentDetails,
              required: false,
              multiline: true,
              sub: true,
            },
            {
              t: 'radios',
              f: 'dependentAdults.further',
              label: DEPENDENT_FURTHER_LABEL,
              options: YES_NO,
              value: s.dependentFurther,
              required: false,
            },
          ],
        },
      );
    }
  }
  const wellbeingOpen = isOpen('wellbeingImpact', s);
  items.push(
    { t: 'heading', text: 'Eligibility' },
    {
      t: 'shown',
      f: 'unableToAchieve',
      label:
        'As a result of your caring role, you are unable to achieve one or more of the outcomes',
      value: unableShown(s) ? 'Yes' : null,
      compute: 'unable',
      hidden: !unableShown(s),
    },
    {
      t: 'radios',
      f: 'healthDeteriorating',
      label:
        'Is (or is there a risk of) your mental or physical health deteriorating due to your caring role?',
      options: YES_NO,
      value: s.healthDeteriorating,
      required: true,
    },
    {
      t: 'cond',
      when: 'healthDeteriorating=Yes',
      open: wellbeingOpen,
      template: true,
      items: [
        {
          t: 'checks',
          f: 'wellbeingImpact',
          label:
            'As a consequence there is, or is likely to be, a significant impact on your wellbeing (tick relevant areas)',
          options: WELLBEING_ORDER,
          values: s.wellbeing,
        },
        {
          t: 'cond',
          when: 'wellbeingImpact~Other (please specify below)',
          open: isOpen('wellbeingOther', s),
          template: true,
          items: [
            {
              t: 'text',
              f: 'wellbeingOther',
              label: 'Please specify',
              value: s.wellbeingOther,
              required: false,
              multiline: true,
              sub: true,
            },
          ],
        },
      ],
    },
    { t: 'shown', f: 'decision', label: 'Decision', value: s.shownDecision, compute: 'decision' },
    { t: 'heading', text: 'The level of the caring role and its impact' },
    {
      t: 'select',
      f: 'caringLevel',
      label: 'The level of the caring role is',
      options: CARING_LEVEL_TEXT,
      optionValues: ['0', '1', '2', '3'],
      value: s.caringLevel === null ? null : CARING_LEVEL_TEXT[s.caringLevel],
      required: true,
      guidance: CARING_LEVEL_TEXT,
    },
    {
      t: 'select',
      f: 'wellbeingImpactLevel',
      label: 'Impact on physical and mental wellbeing',
      options: IMPACT_LEVEL_TEXT,
      optionValues: ['0', '1', '2', '3'],
      value: s.impactLevel === null ? null : IMPACT_LEVEL_TEXT[s.impactLevel],
      required: true,
      guidance: IMPACT_LEVEL_TEXT,
    },
    {
      t: 'radios',
      f: 'fundsRequired',
      label: `Are funds required to meet any of the carer${apostrophe}s outcomes?`,
      options: YES_NO,
      value: s.fundsRequired,
      required: false,
    },
    {
      t: 'cond',
      when: 'fundsRequired=Yes',
      open: isOpen('suggestedBudget', s),
      template: true,
      items: [
        {
          t: 'shown',
          f: 'suggestedBudget',
          label: 'Suggested budget',
          value: s.fundsRequired === 'Yes' ? s.shownBudget : null,
          compute: 'budget',
        },
      ],
    },
    { t: 'heading', text: 'Outcomes and Support Plan' },
    {
      t: 'para',
      cls: 'hint',
      html: 'Please discuss and identify outcomes the carer would like to achieve as a result of this conversation and support provided',
    },
    {
      t: 'grid',
      f: 'supportPlan',
      label: 'Desired outcomes and Support plan',
      columns: [
        'What I want to achieve',
        'The support I will need',
        'If required, total cost for this support',
      ],
      rows: s.supportPlan.map((r) => [r.want, r.support, r.cost]),
      inputs: true,
      bin: true,
      button: { text: 'Add', action: 'add-row' },
    },
  );
  const done =
    Object.values(s.outcomes).every((o) => !!o.answer) &&
    !!s.healthDeteriorating &&
    (s.healthDeteriorating !== 'Yes' || s.wellbeing.length > 0) &&
    s.caringLevel !== null &&
    s.impactLevel !== null;
  return { id: 's3', title: S3_TITLE, done, items, requiredNote: true };
}

function actionsGrid(s: StepState): Item {
  return {
    t: 'grid',
    f: 'nextActions',
    label: 'Next actions',
    columns: [
      'Action',
      'Reason',
      'Scheduled Date',
      'Pass to worker',
      'Pass to team',
      'Priority',
      'Note',
    ],
    rows: s.nextActions.map((a) => [
      a.action,
      a.reason,
      scheduledDateOf(a),
      a.worker,
      a.team,
      a.priority,
      a.note,
    ]),
    dateMonths: s.nextActions.map((a) => [undefined, undefined, a.months]),
    inputs: false,
    bin: true,
    button: { text: 'Add', action: 'add-action' },
  };
}

function privacySections(s: StepState): Section[] {
  return [
    {
      id: 'p1',
      title: '1. Adult Social Care Privacy Notice',
      done: s.privacyConfirmed,
      items: [
        {
          t: 'para',
          cls: 'guidance',
          html:
            'Adult Social Care collects and uses information about the people it supports and their carers to provide care and support. ' +
            'Explain the Privacy Notice to the carer and offer them a copy (large print and easy read versions are available).',
        },
        {
          t: 'check1',
          f: 'privacyConfirmed',
          label:
            'The Adult Social Care Privacy Notice has been explained to the carer and a copy offered',
          checked: s.privacyConfirmed,
        },
      ],
    },
    {
      id: 'p2',
      title: '2. Actions Taken',
      done: s.nextActions.length > 0,
      items: [actionsGrid(s)],
    },
  ];
}

function personDetailsSections(s: StepState): Section[] {
  const pd = s.personDetails!;
  return [
    {
      id: 'd1',
      title: 'Guidance',
      done: true,
      items: [
        {
          t: 'para',
          cls: 'guidance',
          html:
            'Please use the following links for information and guidance around capturing this information:<ol>' +
            '<li><a href="#" onclick="return false">Collecting data on sexual orientation and gender identity</a></li>' +
            '<li><a href="#" onclick="return false">Information for the people we work with (Plain English)</a></li>' +
            '<li><a href="#" onclick="return false">Information for the people we work with (Easy Read version)</a></li></ol>',
        },
      ],
    },
    {
      id: 'd2',
      title: 'Gender',
      done: !!pd.gender && !!pd.trans && !!pd.sameAsBirth,
      requiredNote: true,
      items: [
        {
          t: 'radios',
          f: 'pd.gender',
          label: 'What best describes your gender?',
          options: PD_GENDER,
          value: pd.gender,
          required: true,
          columns: 2,
        },
        {
          t: 'cond',
          when: 'pd.gender=Prefer to self-describe',
          open: isOpen('pd.gender.selfDescribe', s),
          template: true,
          items: [
            {
              t: 'text',
              f: 'pd.gender.selfDescribe',
              label: 'Please describe',
              value: pd.genderDescribe,
              required: false,
              multiline: false,
              sub: true,
            },
          ],
        },
        {
          t: 'radios',
          f: 'pd.trans',
          label: 'Do you identify as trans?',
          options: PD_YNPQ,
          value: pd.trans,
          required: true,
          columns: 2,
        },
        {
          t: 'radios',
          f: 'pd.genderSameAsBirth',
          label: 'Is your gender identity the same as the sex you were assigned at birth?',
          options: PD_YNPQ,
          value: pd.sameAsBirth,
          required: true,
          columns: 2,
        },
      ],
    },
    {
      id: 'd3',
      title: 'Sexual orientation',
      done: !!pd.orientation,
      items: [
        {
          t: 'radios',
          f: 'pd.sexualOrientation',
          label: 'What is your sexual orientation?',
          options: PD_ORIENTATION,
          value: pd.orientation,
          required: true,
          columns: 2,
        },
        {
          t: 'cond',
          when: 'pd.sexualOrientation=Prefer to self-describe',
          open: isOpen('pd.sexualOrientation.selfDescribe', s),
          template: true,
          items: [
            {
              t: 'text',
              f: 'pd.sexualOrientation.selfDescribe',
              label: 'Please describe',
              value: pd.orientationDescribe,
              required: false,
              multiline: false,
              sub: true,
            },
          ],
        },
      ],
    },
  ];
}

function reviewActionSections(s: StepState): Section[] {
  return [
    {
      id: 'n1',
      title: '1. Actions Taken',
      done: s.nextActions.length > 0,
      items: [actionsGrid(s)],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Renderer: modern

let uid = 0;
function nextId(prefix: string): string {
  uid += 1;
  return `${prefix}${uid}`;
}

function idOf(f: string): string {
  return f.replace(/[^A-Za-z0-9]+/g, '-');
}

const COG =
  '<img class="cog" src="cog.svg" alt="" title="Pre-populated from the person\'s record">';
const INFO = '<img class="info" src="info.svg" alt="" title="Guidance">';

function req(required: boolean, style: Rendering): string {
  if (!required) return '';
  if (style === 'legacy') return '<font color="#cc0000">*</font>';
  if (style === 'aria') return ' <abbr class="req" title="required">*</abbr>';
  return '<span class="req">*</span>';
}

function selectHtml(it: Extract<Item, { t: 'select' }>, attrs: string): string {
  const opts = [`<option value="">${PLEASE_SELECT}</option>`];
  it.options.forEach((o, i) => {
    const v = it.optionValues?.[i] ?? o;
    opts.push(`<option value="${esc(v)}"${it.value === o ? ' selected' : ''}>${esc(o)}</option>`);
  });
  return `<select ${attrs} data-f="${esc(it.f)}">${opts.join('')}</select>`;
}

function guidanceBox(lines: string[] | undefined): string {
  if (!lines) return '';
  return `<div class="level-guidance">${lines.map((l) => `<div>${esc(l)}</div>`).join('')}</div>`;
}

function gridRowsModern(
  it: Extract<Item, { t: 'grid' }>,
  style: Rendering,
  headIds: string[],
): string {
  return it.rows
    .map((row, r) => {
      const cells = row.map((c, i) => {
        const months = it.dateMonths?.[r]?.[i];
        const dm = months !== undefined ? ` data-demo-months="${months}"` : '';
        if (!it.inputs) return `<td${dm}>${esc(c)}</td>`;
        const label =
          style === 'aria'
            ? `aria-labelledby="${headIds[i]}"`
            : `aria-label="${esc(it.columns[i])}"`;
        if (i === row.length - 1 && it.f === 'supportPlan')
          return `<td><input type="text" class="cost" ${label} value="${esc(c)}"></td>`;
        return `<td><textarea rows="2" ${label}>${taText(c)}</textarea></td>`;
      });
      if (it.bin)
        cells.push(
          '<td class="bin-col"><button type="button" class="bin" data-action="delete-row" title="Delete row" aria-label="Delete row"></button></td>',
        );
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
}

function renderModern(items: Item[], when: string[] = []): string {
  const out: string[] = [];
  for (const it of items) {
    switch (it.t) {
      case 'heading':
        out.push(`<h3 class="sub-head">${esc(it.text)}</h3>`);
        break;
      case 'para':
        out.push(`<div class="${it.cls ?? 'hint'}">${it.html}</div>`);
        break;
      case 'prepop': {
        const id = `f-${idOf(it.f)}`;
        const ctl = it.multiline
          ? `<textarea id="${id}" class="ro" rows="4" readonly>${taText(it.value ?? '')}</textarea>`
          : `<input type="text" id="${id}" class="ro" readonly value="${esc(it.value ?? '')}">`;
        out.push(
          `<div class="q prepop"><label class="q-label" for="${id}">${esc(it.label)}${req(it.required, 'modern')}</label><div class="q-ctl">${ctl}${COG}</div></div>`,
        );
        break;
      }
      case 'shown': {
        const row = it.compute === 'unable' ? ' data-compute-row="unable"' : '';
        out.push(
          `<div class="q computed"${row}${it.hidden ? ' hidden' : ''}><span class="q-label">${esc(it.label)}</span><div class="q-ctl"><span class="value"${
            it.compute ? ` data-compute="${it.compute}"` : ''
          }>${esc(it.value ?? '')}</span></div></div>`,
        );
        break;
      }
      case 'radios': {
        const lid = `l-${idOf(it.f)}`;
        const name = `r-${idOf(it.f)}`;
        const opts = it.options
          .map(
            (o) =>
              `<label class="opt"><input type="radio" name="${name}" value="${esc(o)}" data-f="${esc(it.f)}"${it.value === o ? ' checked' : ''}>${esc(o)}</label>`,
          )
          .join('');
        const cols = it.columns
          ? ` cols-${it.columns}" style="--rows:${Math.ceil(it.options.length / it.columns)}`
          : '';
        out.push(
          `<div class="q"><div class="q-label" id="${lid}">${esc(it.label)}${req(it.required, 'modern')}</div><div class="q-ctl radios${cols}" role="radiogroup" aria-labelledby="${lid}">${opts}</div></div>`,
        );
        break;
      }
      case 'select': {
        const id = `f-${idOf(it.f)}`;
        out.push(
          `<div class="q"><label class="q-label" for="${id}">${esc(it.label)}${req(it.required, 'modern')}</label><div class="q-ctl">${selectHtml(it, `id="${id}"`)}${INFO}${guidanceBox(
            it.guidance,
          )}</div></div>`,
        );
        break;
      }
      case 'text': {
        const id = `f-${idOf(it.f)}`;
        const ctl = it.multiline
          ? `<textarea id="${id}" rows="3" data-f="${esc(it.f)}">${taText(it.value)}</textarea>`
          : `<input type="text" id="${id}" data-f="${esc(it.f)}" value="${esc(it.value)}"${it.size ? ` size="${it.size}" class="short"` : ''}>`;
        out.push(
          `<div class="q${it.sub ? ' q-sub' : ''}"><label class="q-label" for="${id}">${esc(it.label)}${req(it.required, 'modern')}</label><div class="q-ctl">${ctl}</div></div>`,
        );
        break;
      }
      case 'checks': {
        const lid = `l-${idOf(it.f)}`;
        const boxes = it.options
          .map(
            (o) =>
              `<label class="opt"><input type="checkbox" value="${esc(o)}" data-f="${esc(it.f)}"${it.values.includes(o) ? ' checked' : ''}>${esc(o)}</label>`,
          )
          .join('');
        out.push(
          `<div class="q q-wide"><div class="q-label" id="${lid}">${esc(it.label)}</div><div class="q-ctl checks" role="group" aria-labelledby="${lid}">${boxes}</div></div>`,
        );
        break;
      }
      case 'check1': {
        const id = `f-${idOf(it.f)}`;
        out.push(
          `<div class="q q-wide"><div class="q-ctl"><label class="opt" for="${id}"><input type="checkbox" id="${id}"${it.checked ? ' checked' : ''}>${esc(it.label)}</label></div></div>`,
        );
        break;
      }
      case 'outcome': {
        const lid = `l-${idOf(it.f)}`;
        const nid = `f-${idOf(it.f)}-notes`;
        const opts = YES_NO.map(
          (o) =>
            `<label class="opt"><input type="radio" name="r-${idOf(it.f)}" value="${o}" data-f="${esc(it.f)}"${it.value === o ? ' checked' : ''}>${o}</label>`,
        ).join('');
        out.push(
          `<div class="outcome"><div class="q"><div class="q-label" id="${lid}">${esc(it.label)}${req(true, 'modern')}</div><div class="q-ctl radios" role="radiogroup" aria-labelledby="${lid}">${opts}</div></div>` +
            `<div class="q q-sub"><label class="q-label" for="${nid}">Strengths and support needs</label><div class="q-ctl"><textarea id="${nid}" rows="2">${taText(it.notes)}</textarea></div></div></div>`,
        );
        break;
      }
      case 'cond': {
        const w = [...when, it.when];
        out.push(
          `<div class="cond" data-show-when="${esc(w.join('&&'))}"${it.open ? '' : ' hidden'}>${renderModern(it.items, w)}</div>`,
        );
        break;
      }
      case 'grid': {
        const lid = `l-${idOf(it.f)}`;
        const head =
          it.columns.map((c) => `<th>${esc(c)}</th>`).join('') +
          (it.bin ? '<th class="bin-col"></th>' : '');
        const btn = it.button
          ? `<div class="grid-buttons"><button type="button" class="btn" data-action="${it.button.action}" data-grid="${it.f}">${esc(it.button.text)}</button></div>`
          : '';
        out.push(
          `<div class="grid-block"><div class="grid-title" id="${lid}">${esc(it.label)}</div><table class="grid${it.inputs ? ' grid-inputs' : ''}" data-grid="${it.f}" aria-labelledby="${lid}"><thead><tr>${head}</tr></thead><tbody>\n${gridRowsModern(
            it,
            'modern',
            [],
          )}\n</tbody></table>${btn}</div>`,
        );
        break;
      }
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Renderer: aria (fieldset/legend, aria-labelledby, definition lists)

function renderAria(items: Item[], when: string[] = []): string {
  const out: string[] = [];
  let dl: string[] | null = null;
  const flushDl = () => {
    if (dl) out.push(`<dl class="prepop-list">${dl.join('')}</dl>`);
    dl = null;
  };
  for (const it of items) {
    if (it.t !== 'prepop') flushDl();
    switch (it.t) {
      case 'heading':
        out.push(`<h3 class="sub-head">${esc(it.text)}</h3>`);
        break;
      case 'para':
        out.push(`<div class="${it.cls ?? 'hint'}">${it.html}</div>`);
        break;
      case 'prepop': {
        dl ??= [];
        const v = it.multiline
          ? (it.value ?? '').split('\n').map(esc).join('<br>\n')
          : esc(it.value ?? '');
        dl.push(
          `<div class="dl-row"><dt>${esc(it.label)}${req(it.required, 'aria')}</dt><dd>${v} ${COG}</dd></div>`,
        );
        break;
      }
      case 'shown': {
        const lid = nextId('al-');
        const row = it.compute === 'unable' ? ' data-compute-row="unable"' : '';
        out.push(
          `<div class="q computed"${row}${it.hidden ? ' style="display:none"' : ''}><div class="q-label" id="${lid}">${esc(it.label)}</div><div class="q-ctl"><output class="value" aria-labelledby="${lid}"${
            it.compute ? ` data-compute="${it.compute}"` : ''
          }>${esc(it.value ?? '')}</output></div></div>`,
        );
        break;
      }
      case 'radios':
      case 'outcome': {
        const options = it.t === 'radios' ? it.options : YES_NO;
        const required = it.t === 'radios' ? it.required : true;
        const name = nextId('ar-');
        const opts = options
          .map((o, i) => {
            const id = `${name}-${i}`;
            return `<span class="opt"><input type="radio" id="${id}" name="${name}" value="${i + 1}" data-f="${esc(it.f)}"${it.value === o ? ' checked' : ''}><label for="${id}">${esc(o)}</label></span>`;
          })
          .join(' ');
        const cols =
          it.t === 'radios' && it.columns
            ? ` cols-${it.columns}" style="--rows:${Math.ceil(options.length / it.columns)}`
            : '';
        let html = `<fieldset class="q"><legend>${esc(it.label)}${req(required, 'aria')}</legend><div class="q-ctl radios${cols}">${opts}</div></fieldset>`;
        if (it.t === 'outcome') {
          const lid = nextId('al-');
          html =
            `<div class="outcome">${html}<div class="q q-sub"><div class="q-label" id="${lid}">Strengths and support needs</div>` +
            `<div class="q-ctl"><textarea rows="2" aria-labelledby="${lid}">${taText(it.notes)}</textarea></div></div></div>`;
        }
        out.push(html);
        break;
      }
      case 'select': {
        const lid = nextId('al-');
        out.push(
          `<div class="q"><div class="q-label" id="${lid}">${esc(it.label)}${req(it.required, 'aria')}</div><div class="q-ctl">${selectHtml(it, `aria-labelledby="${lid}"`)}${INFO}${guidanceBox(
            it.guidance,
          )}</div></div>`,
        );
        break;
      }
      case 'text': {
        const lid = nextId('al-');
        const ctl = it.multiline
          ? `<textarea rows="3" aria-labelledby="${lid}" data-f="${esc(it.f)}">${taText(it.value)}</textarea>`
          : `<input type="text" aria-labelledby="${lid}" data-f="${esc(it.f)}" value="${esc(it.value)}"${it.size ? ` size="${it.size}" class="short"` : ''}>`;
        out.push(
          `<div class="q${it.sub ? ' q-sub' : ''}"><div class="q-label" id="${lid}">${esc(it.label)}${req(it.required, 'aria')}</div><div class="q-ctl">${ctl}</div></div>`,
        );
        break;
      }
      case 'checks': {
        const name = nextId('ac-');
        const boxes = it.options
          .map((o, i) => {
            const id = `${name}-${i}`;
            return `<span class="opt"><input type="checkbox" id="${id}" name="${name}" value="${i + 1}" data-f="${esc(it.f)}"${it.values.includes(o) ? ' checked' : ''}><label for="${id}">${esc(o)}</label></span>`;
          })
          .join('');
        out.push(
          `<fieldset class="q q-wide"><legend>${esc(it.label)}</legend><div class="q-ctl checks">${boxes}</div></fieldset>`,
        );
        break;
      }
      case 'check1': {
        const id = nextId('a1-');
        out.push(
          `<div class="q q-wide"><div class="q-ctl"><input type="checkbox" id="${id}"${it.checked ? ' checked' : ''}> <label for="${id}">${esc(it.label)}</label></div></div>`,
        );
        break;
      }
      case 'cond': {
        const w = [...when, it.when];
        out.push(
          `<div class="cond" data-show-when="${esc(w.join('&&'))}"${it.open ? '' : ' style="display:none"'}>${renderAria(it.items, w)}</div>`,
        );
        break;
      }
      case 'grid': {
        const hid = nextId('ag-');
        const headIds = it.columns.map((_, i) => `${hid}-c${i}`);
        const head =
          it.columns.map((c, i) => `<th id="${headIds[i]}" scope="col">${esc(c)}</th>`).join('') +
          (it.bin ? '<th class="bin-col"></th>' : '');
        const btn = it.button
          ? `<div class="grid-buttons"><button type="button" class="btn" data-action="${it.button.action}" data-grid="${it.f}">${esc(it.button.text)}</button></div>`
          : '';
        out.push(
          `<div class="grid-block"><h4 class="grid-title" id="${hid}">${esc(it.label)}</h4><table class="grid${it.inputs ? ' grid-inputs' : ''}" data-grid="${it.f}" aria-labelledby="${hid}"><thead><tr>${head}</tr></thead><tbody>\n${gridRowsModern(
            it,
            'aria',
            headIds,
          )}\n</tbody></table>${btn}</div>`,
        );
        break;
      }
    }
  }
  flushDl();
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Renderer: legacy (layout tables)

const LEGACY_TABLE =
  '<table class="layout" width="100%" cellpadding="3" cellspacing="0" border="0"><col width="38%"><col>';

function legacyName(): string {
  uid += 1;
  return `ctl00$MainContent$fld${uid}`;
}

function legacyRows(items: Item[], when: string[], out: string[]): void {
  const w = when.length ? ` data-show-when="${esc(when.join('&&'))}"` : '';
  const row = (html: string, extra = '') => out.push(`<tr${w}${extra}>${html}</tr>`);
  for (const it of items) {
    switch (it.t) {
      case 'heading':
        row(`<td colspan="2" class="subhead"><b>${esc(it.text)}</b></td>`);
        break;
      case 'para':
        row(`<td colspan="2" class="note">${it.html}</td>`);
        break;
      case 'prepop': {
        const v = it.multiline
          ? (it.value ?? '').split('\n').map(esc).join('<br>\n')
          : esc(it.value ?? '');
        row(
          `<td class="lbl" width="38%">${esc(it.label)}${req(it.required, 'legacy')}</td><td class="val">${v}&nbsp;<img src="cog.svg" alt="" width="12" height="12"></td>`,
        );
        break;
      }
      case 'shown': {
        const extra =
          (it.compute === 'unable' ? ' data-compute-row="unable"' : '') +
          (it.hidden ? ' style="display:none"' : '');
        row(
          `<td class="lbl">${esc(it.label)}</td><td class="val"><b${it.compute ? ` data-compute="${it.compute}"` : ''}>${esc(it.value ?? '')}</b></td>`,
          extra,
        );
        break;
      }
      case 'radios':
      case 'outcome': {
        const options = it.t === 'radios' ? it.options : YES_NO;
        const required = it.t === 'radios' ? it.required : true;
        const name = legacyName();
        const inputs = options
          .map(
            (o, i) =>
              `<input type="radio" name="${name}" value="${i + 1}" data-f="${esc(it.f)}"${it.value === o ? ' checked="checked"' : ''}>${esc(o)}`,
          )
          .join('&nbsp;&nbsp;\n');
        row(
          `<td class="lbl" valign="top">${esc(it.label)}${req(required, 'legacy')}</td><td>${inputs}</td>`,
        );
        if (it.t === 'outcome')
          row(
            `<td class="lbl" valign="top">Strengths and support needs</td><td><textarea name="${legacyName()}" rows="2" cols="70">${taText(it.notes)}</textarea></td>`,
          );
        break;
      }
      case 'select':
        row(
          `<td class="lbl">${esc(it.label)}${req(it.required, 'legacy')}</td><td>${selectHtml(it, `name="${legacyName()}"`)}${guidanceBox(it.guidance)}</td>`,
        );
        break;
      case 'text': {
        const ctl = it.multiline
          ? `<textarea name="${legacyName()}" rows="3" cols="70" data-f="${esc(it.f)}">${taText(it.value)}</textarea>`
          : `<input type="text" name="${legacyName()}" data-f="${esc(it.f)}" value="${esc(it.value)}" size="${it.size ?? 40}">`;
        row(
          `<td class="lbl" valign="top">${esc(it.label)}${req(it.required, 'legacy')}</td><td>${ctl}</td>`,
        );
        break;
      }
      case 'checks': {
        const name = legacyName();
        const cells = it.options.map(
          (o, i) =>
            `<td width="33%"><input type="checkbox" name="${name}$${i}" data-f="${esc(it.f)}"${it.values.includes(o) ? ' checked="checked"' : ''}>${esc(o)}</td>`,
        );
        const trs: string[] = [];
        for (let i = 0; i < cells.length; i += 3)
          trs.push(`<tr>${cells.slice(i, i + 3).join('')}</tr>`);
        row(
          `<td class="lbl" valign="top">${esc(it.label)}</td><td><table class="cbl" cellspacing="0" cellpadding="2" width="100%">${trs.join('')}</table></td>`,
        );
        break;
      }
      case 'check1':
        row(
          `<td colspan="2"><input type="checkbox" name="${legacyName()}"${it.checked ? ' checked="checked"' : ''}>${esc(it.label)}</td>`,
        );
        break;
      case 'cond': {
        const w2 = [...when, it.when];
        if (it.open || !it.template) {
          legacyRows(it.items, w2, out);
        } else {
          // Closed: left out of the page; the script opens the template in place.
          const inner: string[] = [];
          legacyRows(it.items, w2, inner);
          out.push(
            `</table>\n<template data-show-when="${esc(w2.join('&&'))}">${LEGACY_TABLE}${inner.join('\n')}</table></template>\n${LEGACY_TABLE}`,
          );
        }
        break;
      }
      case 'grid': {
        const head =
          it.columns.map((c) => `<td><b>${esc(c)}</b></td>`).join('') +
          (it.bin ? '<td width="20">&nbsp;</td>' : '');
        const rows = it.rows
          .map((r, ri) => {
            const cells = r.map((c, i) => {
              const months = it.dateMonths?.[ri]?.[i];
              return `<td${months !== undefined ? ` data-demo-months="${months}"` : ''}>${c ? esc(c) : '&nbsp;'}</td>`;
            });
            if (it.bin)
              cells.push(
                '<td><a href="#" data-action="delete-row" title="Delete"><img src="bin.svg" alt="" width="14" height="14"></a></td>',
              );
            return `<tr>${cells.join('')}</tr>`;
          })
          .join('\n');
        const btn = it.button
          ? `<br><input type="button" class="lbtn" value="${esc(it.button.text)}" data-action="${it.button.action}" data-grid="${it.f}">`
          : '';
        row(
          `<td colspan="2"><div class="lgrid-caption">${esc(it.label)}</div><table class="lgrid" width="100%" border="1" cellspacing="0" cellpadding="3" data-grid="${it.f}">\n<tr class="hdr">${head}</tr>\n${rows}\n</table>${btn}</td>`,
        );
        break;
      }
    }
  }
}

function renderLegacy(items: Item[]): string {
  const out: string[] = [LEGACY_TABLE];
  legacyRows(items, [], out);
  out.push('</table>');
  // Drop the empty tables left where a closed question's template split a table.
  return out.join('\n').split(`${LEGACY_TABLE}\n</table>`).join('');
}

// ---------------------------------------------------------------------------------------------
// Page shells

function renderItems(items: Item[], r: Rendering): string {
  return r === 'legacy'
    ? renderLegacy(items)
    : r === 'aria'
      ? renderAria(items)
      : renderModern(items);
}

function formPanel(prefix: string, sections: Section[], r: Rendering): string {
  const anyRequired = sections.some((s) => s.requiredNote);
  if (r === 'legacy') {
    const nav = sections
      .map(
        (s) =>
          `<tr><td>${s.done ? '<img src="tick.svg" alt="" width="12" height="12">' : '&nbsp;'}</td><td><a href="#${prefix}-${s.id}">${esc(s.title)}</a></td></tr>`,
      )
      .join('');
    const body = sections
      .map(
        (s) =>
          `<a name="${prefix}-${s.id}" id="${prefix}-${s.id}"></a><table class="lsect" width="100%" cellspacing="0" cellpadding="3"><tr><td class="lsect-head">${esc(s.title)}</td></tr></table>\n${renderItems(
            s.items,
            r,
          )}`,
      )
      .join('\n');
    return `<table width="100%" cellspacing="0" cellpadding="0"><tr><td class="lnav" valign="top" width="210"><table cellspacing="0" cellpadding="2"><tr><td colspan="2"><b>Sections</b></td></tr>${nav}</table><br><img src="tick.svg" alt="" width="12" height="12"> Indicates completed section${
      anyRequired ? '<br><font color="#cc0000">*</font>Indicates required field' : ''
    }</td><td valign="top" class="lbody">${body}</td></tr></table>`;
  }
  const nav = sections
    .map(
      (s) =>
        `<li${s.done ? ' class="done"' : ''}><a href="#${prefix}-${s.id}"><img class="tick" src="tick.svg" alt=""${s.done ? '' : ' hidden'}>${esc(s.title)}</a></li>`,
    )
    .join('');
  const body = sections
    .map(
      (s) =>
        `<section class="form-section" id="${prefix}-${s.id}"><h2 class="section-head">${esc(s.title)}</h2>${
          s.requiredNote
            ? `<div class="req-note"><span class="req">*</span>Indicates required field</div>`
            : ''
        }<div class="section-body">\n${renderItems(s.items, r)}\n</div></section>`,
    )
    .join('\n');
  return `<div class="form-layout"><nav class="section-nav" aria-label="Sections"><div class="nav-head">Sections</div><ol>${nav}</ol><div class="nav-legend"><img class="tick" src="tick.svg" alt=""> Indicates completed section</div></nav><div class="form-body">${body}</div></div>`;
}

interface TabDef {
  key: string;
  name: string;
  valid: boolean;
  html: string;
}

function head(title: string, bodyClass: string, extra = ''): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<link rel="stylesheet" href="mosaic.css">
<script src="mosaic.js" defer></script>${extra}
</head>
<body class="${bodyClass}">`;
}

function toolbarModern(): string {
  const b = (action: string, text: string, icon: string) =>
    `<button type="button" class="tb-btn" data-action="${action}" title="${text}"><span class="ico ico-${icon}" aria-hidden="true"></span>${text}</button>`;
  return `<div class="toolbar" role="toolbar" aria-label="Step actions">${b('save', 'Save', 'save')}${b('finish', 'Finish', 'finish')}<span class="tb-sep"></span>${b(
    'refresh',
    'Refresh',
    'refresh',
  )}${b('print', 'Print', 'print')}${b('noop', 'Documents (0)', 'docs')}${b('noop', 'Case notes', 'notes')}<span class="tb-status" data-status aria-live="polite"></span></div>`;
}

function stepHtml(page: DemoPage, s: StepState): string {
  const r = page.rendering;
  uid = 0;
  const apostrophe = r === 'legacy' ? '’' : "'";
  const form = [section1(s), section2(s), section3(s, apostrophe)];
  const formValid = form.every((x) => x.done);
  const tabs: TabDef[] = [];
  if (s.kind === 'carers-conversation') {
    const privacy = privacySections(s);
    const pd = personDetailsSections(s);
    tabs.push(
      {
        key: 'privacy',
        name: 'Privacy Notice',
        valid: privacy.every((x) => x.done),
        html: formPanel('pn', privacy, r),
      },
      {
        key: 'conversation',
        name: 'Carers Conversation',
        valid: formValid,
        html: formPanel('cc', form, r),
      },
      {
        key: 'details',
        name: 'Person Details form',
        valid: pd.every((x) => x.done),
        html: formPanel('pd', pd, r),
      },
    );
  } else {
    const actions = reviewActionSections(s);
    const subject =
      r === 'legacy'
        ? ''
        : `<div class="subject-details"><div class="sub-head">Subject Details</div><div>${esc(`${s.person.forename} ${s.person.surname}`)} &middot; Mosaic ID ${s.person.id} &middot; born ${esc(
            s.person.dob,
          )}</div></div>`;
    tabs.push(
      {
        key: 'actions',
        name: 'Next actions form',
        valid: actions.every((x) => x.done),
        html: subject + formPanel('na', actions, r),
      },
      { key: 'review', name: 'Carers Review', valid: formValid, html: formPanel('cr', form, r) },
    );
  }
  const active = page.activeTab;
  const title = page.title;
  const worker = s.worker;

  if (r === 'legacy') {
    const tabCells = tabs
      .map(
        (t) =>
          `<td class="ltab${t.name === active ? ' on' : ''}" data-tab="panel-${t.key}"><img src="${t.valid ? 'tick.svg' : 'warn.svg'}" alt="" width="11" height="11"> <a href="#" onclick="return false">${esc(
            t.name,
          )}</a></td>`,
      )
      .join('<td class="ltab-gap">&nbsp;</td>');
    const panels = tabs
      .map(
        (t) =>
          `<div id="panel-${t.key}" class="lpanel" data-tab-panel${t.name === active ? '' : ' style="display:none"'}>\n${t.html}\n</div>`,
      )
      .join('\n');
    return `${head(title, 'legacy step-editor')}
<form name="aspnetForm" method="post" action="#" onsubmit="return false">
<table class="lhdr" width="100%" cellspacing="0" cellpadding="4"><tr><td class="brand">Mosaic</td><td align="right" class="user" data-logged-in="${esc(worker)}">${esc(
      worker,
    )}</td><td width="60" align="right"><a href="#" onclick="return false">Log out</a></td></tr></table>
<table class="ltitle" width="100%" cellspacing="0" cellpadding="4"><tr><td class="title">${esc(title)}</td></tr></table>
<table class="ltoolbar" width="100%" cellspacing="0" cellpadding="3"><tr><td>
<input type="button" class="lbtn" value="Save" title="Save" data-action="save">
<input type="button" class="lbtn" value="Finish" title="Finish" data-action="finish">
<input type="button" class="lbtn" value="Refresh" title="Refresh" data-action="refresh">
<input type="button" class="lbtn" value="Print" title="Print" data-action="print">
<span class="tb-status" data-status></span></td></tr></table>
<table class="ltabs" cellspacing="0" cellpadding="4"><tr>${tabCells}</tr></table>
${panels}
</form>
</body>
</html>
`;
  }

  const tabButtons = tabs
    .map(
      (t) =>
        `<button type="button" role="tab" class="tab${t.name === active ? ' active' : ''}" id="tab-${t.key}" aria-controls="panel-${t.key}" aria-selected="${t.name === active}" data-tab="panel-${
          t.key
        }"><img class="tab-state" src="${t.valid ? 'tick.svg' : 'warn.svg'}" alt="" title="${t.valid ? 'No validation problems' : 'This form has incomplete mandatory questions'}">${esc(t.name)}</button>`,
    )
    .join('');
  const panels = tabs
    .map(
      (t) =>
        `<div role="tabpanel" class="tab-panel" id="panel-${t.key}" aria-labelledby="tab-${t.key}" data-tab-panel${t.name === active ? '' : r === 'aria' ? ' style="display:none"' : ' hidden'}>\n${
          t.html
        }\n</div>`,
    )
    .join('\n');
  return `${head(title, `${r} step-editor`)}
<div class="app-header"><span class="brand">Mosaic</span><span class="app-name">Adult Social Care</span><span class="spacer"></span><span class="user" data-logged-in="${esc(
    worker,
  )}">Logged in as ${esc(worker)}</span><a href="#" class="logout" onclick="return false">Log out</a></div>
<div class="title-bar"><h1 class="title">${esc(title)}</h1></div>
${toolbarModern()}
<div class="tabs" role="tablist" aria-label="Forms">${tabButtons}</div>
<div class="tab-panels">
${panels}
</div>
<div class="status-bar">Workflow step: ${esc(title.split(' : ')[0])} &middot; Status: Incomplete &middot; Assigned to ${esc(worker)}</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Person summary

function summaryHtml(page: DemoPage, s: SummaryState): string {
  const p = s.person;
  const navItems = [
    'Basic details',
    'Information',
    'Current work',
    'Current communication needs',
    'Service user groups',
    'Personal relationships',
    'Worker relationships',
    'Employment status',
  ];
  const nav = `<nav class="person-nav" aria-label="Person details"><b>Person details</b> ${navItems
    .map((n) => `&gt; <a href="#${idOf(n.toLowerCase())}">${esc(n)}</a>`)
    .join(' ')}</nav>`;
  const panel = (id: string, titleText: string, links: string[], body: string) =>
    `<div class="panel" id="${id}"><div class="panel-head"><h2>${esc(titleText)}</h2>${links
      .map((l) => `<a href="#" class="panel-link" onclick="return false">${esc(l)}</a>`)
      .join('')}</div><div class="panel-body">${body}</div></div>`;
  const kv = (rows: Array<[string, string]>) =>
    `<table class="kv">${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
  const hasCarer = s.groups.some((g) => g.group === 'Carer');
  const work = hasCarer
    ? `<table class="grid"><thead><tr><th>Step</th><th>Status</th><th>Assigned to</th><th>Started</th></tr></thead><tbody><tr><td><a href="conversation-blank.html">Carers Conversation</a></td><td>Incomplete</td><td>${esc(
        s.worker,
      )}</td><td>21 Jun 2023</td></tr></tbody></table>`
    : '<p class="muted">No current work.</p>';
  const body = [
    panel(
      'basic-details',
      'Basic details',
      ['Change'],
      kv([
        ['Name', `${p.title} ${p.forename} ${p.surname}`],
        ['Mosaic ID', p.id],
        ['Date of birth', `${p.dobLong} (${p.age} years old)`],
        ['Gender', p.gender],
        ['Ethnicity', `${p.ethnicity} - ${p.subEthnicity}`],
        ['Address', p.address.join(', ')],
      ]),
    ),
    panel('information', 'Information', [], '<p class="muted">No alerts or warnings recorded.</p>'),
    panel('current-work', 'Current work', [], work),
    panel(
      'current-communication-needs',
      'Current communication needs',
      ['Change'],
      '<p class="muted">No communication needs recorded.</p>',
    ),
    panel(
      'service-user-groups',
      'Service user groups',
      ['Change'],
      `<table class="grid plain"><tbody>${s.groups.map((g) => `<tr><td>${esc(g.group)}</td><td>${esc(g.subGroup)}</td><td>${esc(g.from)}</td></tr>`).join('')}</tbody></table>`,
    ),
    panel(
      'personal-relationships',
      'Personal relationships',
      ['Genogram', 'Change'],
      `<table class="grid plain"><tbody>${s.relationships
        .map(
          (r) =>
            `<tr><td class="rel">${esc(r.relationship)}</td><td><a href="#" onclick="return false"><b>${esc(r.name)}</b></a></td><td class="muted">${esc(r.role)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    ),
    panel(
      'worker-relationships',
      'Worker relationships',
      ['Change'],
      `<table class="grid plain"><tbody><tr><td>Allocated worker</td><td>${esc(s.worker)}</td><td>Camden Carers Service</td></tr></tbody></table>`,
    ),
    panel(
      'employment-status',
      'Employment status',
      ['Change'],
      kv([['Employment status', s.employmentStatus ?? '']]),
    ),
  ].join('\n');
  return `${head(page.title, 'modern person-summary')}
<div class="app-header"><span class="brand">Mosaic</span><span class="app-name">Adult Social Care</span><span class="search"><input type="search" aria-label="Search people" placeholder="Search people"></span><span class="spacer"></span><span class="user" data-logged-in="${esc(
    s.worker,
  )}">Logged in as ${esc(s.worker)}</span><a href="#" class="logout" onclick="return false">Log out</a></div>
<div class="main-layout">
<aside class="left-menu"><div class="menu-head">Start</div><ul><li><a href="#" onclick="return false">New</a></li><li><a href="#" onclick="return false">Search</a></li></ul><div class="menu-head">Current work</div><ul><li><a href="#" onclick="return false">Work tray</a></li><li><a href="#" onclick="return false">Team work folder</a></li></ul><div class="menu-head">Recent records</div><ul><li><a href="#" onclick="return false">${esc(
    `${p.forename} ${p.surname}`,
  )}</a></li></ul></aside>
<main class="summary-main">
<h1 class="page-title">${esc(page.title)}</h1>
${nav}
${body}
</main>
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Ordinary pages and the index

function newsHtml(page: DemoPage): string {
  return `${head(page.title, 'intranet')}
<div class="intranet-header"><span class="brand">Camden Adult Social Care</span> &middot; Staff news</div>
<main class="article">
<h1>Tips for the Carers Conversation</h1>
<p class="byline">Practice development team &middot; posted in Staff news</p>
<p>The Carers Conversation workflow step has three tabs that need attention: the <b>Privacy Notice</b>,
the <b>Carers Conversation</b> form itself and the <b>Person Details form</b>. Here are five tips from
the carers' practice forum.</p>
<ol>
<li>Check the person summary first: the <em>Carer</em> service user group must be there and be the primary group, and the Employment status must be recorded.</li>
<li>Pre-populated fields (with the grey cog) can only be changed on the person's main record. Refresh the step afterwards.</li>
<li>Count the cared-for people: the <em>No. of adults being cared for</em> should match the table.</li>
<li>If funds are required, add both a Purchase Service (Personal Budget) action assigned to yourself and a Carers Review action for your team, about a year ahead.</li>
<li>Do not start a new Carers Conversation when a Carers Review is waiting: pick up the review instead.</li>
</ol>
<figure><div class="fake-shot">[screenshot]</div><figcaption>The title bar reads &ldquo;Carers Conversation : Timothy Guide (2204451)&rdquo; in the guide's example.</figcaption></figure>
<p><a href="index.html">Back to the demo index</a></p>
</main>
</body>
</html>
`;
}

function helpHtml(page: DemoPage): string {
  return `${head(page.title, 'intranet')}
<div class="intranet-header"><span class="brand">Camden Adult Social Care</span> &middot; Practice guide</div>
<main class="article">
<h1>Carers Review : how to</h1>
<p>If a carer has had a Carers Conversation or Carers Review before, a <b>Carers Review</b> step is likely
to be waiting on their front page. Please do not start a new Carers Conversation from Start.</p>
<h2>Opening the review</h2>
<p>The step has two tabs: the <b>Next actions form</b> and the <b>Carers Review</b> form. Open the person first; the
summary heading looks like this:</p>
<blockquote>Person summary - Mr Timothy Guide (2204451) born 1 Jun 1966 (57 years old)</blockquote>
<p>and the step editor's title bar like this:</p>
<blockquote>Carers Review : Timothy Guide (2204451)</blockquote>
<h2>What to complete</h2>
<ul>
<li>No. of adults being cared for and Total hours caring per week.</li>
<li>The three review boxes under <em>Updates since the last conversation</em> and <em>Previous outcomes achieved?</em></li>
<li>Section 3 as in the Conversation, then a next action on the Next actions form.</li>
</ul>
<p><a href="index.html">Back to the demo index</a></p>
</main>
</body>
</html>
`;
}

export function indexHtml(): string {
  const groups: Array<[string, (p: DemoPage) => boolean]> = [
    ['Person summaries', (p) => p.kind === 'person-summary'],
    ['Carers Conversation steps', (p) => p.kind === 'carers-conversation'],
    ['Carers Review steps', (p) => p.kind === 'carers-review'],
    ['Ordinary pages (the extension should stay out of these)', (p) => p.kind === null],
  ];
  const sections = groups
    .map(([heading, pick]) => {
      const rows = DEMO_PAGES.filter(pick)
        .map(
          (p) =>
            `<tr><td><a href="${p.file}">${esc(p.file.replace(/\.html$/, ''))}</a></td><td>${esc(p.personName ?? '')}${p.personId ? ` [${p.personId}]` : ''}</td><td>${esc(
              p.state,
            )}</td><td>${esc(p.rendering)}</td><td>${esc(p.description)}</td></tr>`,
        )
        .join('\n');
      return `<h3>${esc(heading)}</h3>\n<table class="grid index-grid"><thead><tr><th>Page</th><th>Person</th><th>State</th><th>Rendering</th><th>What it shows</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
    })
    .join('\n');
  const workSteps = `<h3>Casework steps (deadlines only)</h3>\n<table class="grid index-grid"><thead><tr><th>Page</th><th>Person</th><th>What it shows</th></tr></thead><tbody>\n${WORK_STEP_PAGES.map(
    (p) =>
      `<tr><td><a href="${p.file}">${esc(p.file.replace(/^casework\/|\.html$/g, ''))}</a></td><td>${esc(p.personName)} [${p.personId}]</td><td>${esc(p.description)}</td></tr>`,
  ).join('\n')}\n</tbody></table>`;
  const variants = `<h3>Worded differently (for teaching the sidebar a question)</h3>\n<table class="grid index-grid"><thead><tr><th>Page</th><th>What it shows</th></tr></thead><tbody>\n${VARIANT_PAGES.map(
    (v) =>
      `<tr><td><a href="${v.file}">${esc(v.file.replace(/\.html$/, ''))}</a></td><td>${esc(v.description)}</td></tr>`,
  ).join('\n')}\n</tbody></table>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Demo Mosaic</title>
<link rel="stylesheet" href="mosaic.css">
</head>
<body class="intranet">
<div class="intranet-header"><span class="brand">Demo Mosaic</span> &middot; fictional records for trying Mosaic Companion</div>
<main class="article wide">
<h1>Demo Mosaic</h1>
<p>These pages imitate the council's Mosaic: a person summary and the step editors of the Carers Conversation and
Carers Review workflow steps. Every person, worker and address is fictional. Open a page and the Mosaic Companion
sidebar checks it as you change the answers; nothing is saved anywhere.</p>
<h3>The live application</h3>
<p><a href="app/index.html">The application shell</a>: a Current Work panel and views that change without a page load
(person summary, Carers Conversation, Carers Review, back to the work view; the back button works). Variants:
<a href="app/index.html?view=conversation-2204451&amp;late=3000&amp;title=never">a step drawn 3 seconds late, title never set</a>,
<a href="app/index.html?frame=1&amp;view=conversation-2204451">the views in an iframe</a>,
<a href="app/index.html?widgets=1&amp;view=conversation-2204451">controls drawn over by widgets</a>.</p>
${sections}
${variants}
${workSteps}
</main>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------

export function renderPage(page: DemoPage): string {
  const s = page.source;
  if (page.kind === null) return page.file.startsWith('news') ? newsHtml(page) : helpHtml(page);
  if (!s) throw new Error(`${page.file}: no state`);
  if (s.kind === 'person-summary') return summaryHtml(page, s);
  return stepHtml(page, s);
}

export function buildAll(dir = SITE_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const page of DEMO_PAGES) {
    writeFileSync(join(dir, page.file), renderPage(page));
    written.push(page.file);
  }
  for (const v of VARIANT_PAGES) {
    writeFileSync(
      join(dir, v.file),
      variantHtml(v, (file) => renderPage(demoPage(file))),
    );
    written.push(v.file);
  }
  mkdirSync(join(dir, 'casework'), { recursive: true });
  for (const page of WORK_STEP_PAGES) {
    writeFileSync(join(dir, page.file), workStepHtml(page));
    written.push(page.file);
  }
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'app/index.html'), appHtml());
  written.push('app/index.html');
  writeFileSync(join(dir, 'index.html'), indexHtml());
  written.push('index.html');
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = buildAll();
  console.log(`Wrote ${files.length} pages to ${SITE_DIR}`);
}
