/**
 * Building PageSnapshots for tests, over emptyField(): complete, valid baselines of each page kind
 * (no rule fires on them), and small patches that change one answer.
 *
 *   conversation(value('hoursCaring', null))     // a Carers Conversation with the hours unselected
 *   review(absent('hoursCaring'))                // … the hours question not found (listed in notFound)
 *   conversation(rows('supportPlan', []))        // … an empty support plan
 */
import {
  ACTIONS,
  CARING_LEVELS,
  IMPACT_LEVELS,
  OUTCOMES,
  WELLBEING_AREAS,
  fieldDef,
  fieldsFor,
  type FieldId,
} from '../../../lib/page/fields';
import type { PageKind } from '../../../lib/page/kinds';
import { emptyField, type FieldSnapshot, type PageSnapshot } from '../../../lib/page/snapshot';
import { runRules } from '../../../lib/rules';
import { TAB_LAYOUT } from '../../../lib/page/kinds';
import type { Finding, RuleContext } from '../../../lib/rules/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

export const TODAY = '2025-03-10';
/** Twelve months after TODAY, as the page writes dates. */
export const IN_A_YEAR = '10/03/2026';
export const ME = 'Sam Worker';
export const PERSON = { id: '2204451', name: 'Timothy Guide' };

/** A change to one field: merged over the baseline's entry for that id. */
export interface Patch {
  id: FieldId;
  over: Partial<FieldSnapshot>;
  /** Also list the field in snapshot.notFound. */
  notFound?: boolean;
}

/** The field is on the page with this value (null: blank / nothing chosen). */
export function value(id: FieldId, v: string | null): Patch {
  return { id, over: { found: true, shown: true, value: v } };
}

/** A multi field with these options ticked. */
export function ticks(id: FieldId, values: string[]): Patch {
  return { id, over: { found: true, shown: true, values } };
}

/** A table with these rows (cells by column id); each row's control is `<id>#<n>`. */
export function rows(id: FieldId, list: Array<Record<string, string>>): Patch {
  return {
    id,
    over: {
      found: true,
      shown: true,
      rows: list.map((cells, i) => ({ cells, control: `${id}#${i}` })),
    },
  };
}

/** The free-text areas of Section 2: [label, value] pairs; each area's control is `conversation#<n>`. */
export function areas(list: Array<[string, string]>): Patch {
  return {
    id: 'conversation',
    over: {
      found: true,
      shown: true,
      areas: list.map(([label, v], i) => ({ label, value: v, control: `conversation#${i}` })),
    },
  };
}

/** The page should have this field and the reader did not find it (listed in notFound). */
export function absent(id: FieldId): Patch {
  return {
    id,
    over: { found: false, shown: false, value: null, values: [], rows: [], areas: [] },
    notFound: true,
  };
}

/** A conditional question closed on the form: not on the page, and not expected to be. */
export function closed(id: FieldId): Patch {
  return { id, over: { found: false, shown: false, value: null, values: [], rows: [], areas: [] } };
}

/** Any other change to a field's entry. */
export function patch(id: FieldId, over: Partial<FieldSnapshot>): Patch {
  return { id, over };
}

export interface PageOptions {
  worker?: string | null;
  person?: { id: string | null; name: string | null };
  /** Tabs, by name: loaded unless listed in `unloaded`. */
  unloaded?: string[];
  notFound?: string[];
}

function tabFor(kind: PageKind, id: string): string | null {
  const def = fieldDef(id);
  if (!def) return null;
  return TAB_LAYOUT[kind].find((t) => t.role === def.tab)?.name ?? null;
}

/** A snapshot of `kind` from patches alone (fields not patched are absent from `fields`). */
export function build(kind: PageKind, patches: Patch[], opts: PageOptions = {}): PageSnapshot {
  const fields: Record<string, FieldSnapshot> = {};
  const notFound = new Set(opts.notFound ?? []);
  for (const p of patches) {
    const def = fieldDef(p.id);
    const base =
      fields[p.id] ??
      emptyField(p.id, {
        tab: tabFor(kind, p.id),
        section: kind === 'person-summary' ? null : (def?.section ?? null),
        control: p.id,
        editable: def ? def.kind !== 'shown' : true,
      });
    fields[p.id] = { ...base, ...p.over };
    if (p.notFound) notFound.add(p.id);
    else if (p.over.found) notFound.delete(p.id);
  }
  const unloaded = new Set(opts.unloaded ?? []);
  const layout = TAB_LAYOUT[kind];
  return {
    kind,
    person: opts.person ?? { ...PERSON },
    worker: opts.worker === undefined ? ME : opts.worker,
    tabs: layout.map((t, i) => ({
      name: t.name,
      active: i === layout.length - 1,
      loaded: !unloaded.has(t.name),
    })),
    fields,
    notFound: [...notFound],
  };
}

const STEP_COMMON: Patch[] = [
  value('fullName', 'Mr Timothy Guide'),
  value('dateOfBirth', '01/06/1966'),
  value('address', 'Flat 1, 55 Bedford Way, London WC1H 0DB'),
  value('gender', 'Male'),
  value('ethnicity', 'Mixed'),
  value('subEthnicity', 'Any Other Mixed Back'),
  value('serviceUserGroup', 'Carer'),
  value('employmentStatus', 'Not in Paid Employment (not actively seeking work / re'),
  value('adultsCaredFor', '1'),
  rows('caredFor', [
    {
      fullName: 'Alice Trainee',
      dateOfBirth: '01/06/1955',
      address: '10 Endsleigh Gardens London WC1H 0EH',
      gender: 'Female',
      mosaicId: '2204455',
      relationship: 'Friend',
    },
  ]),
  value('hoursCaring', '22 - 28 hours'),
  value('gpKnows', 'Yes'),
  closed('gpContact'),
  value('communicationSupport', 'No'),
  value('communicationSupport.details', null),
  value('receivingPayment', 'No'),
  value('receivingPayment.details', null),
  value('contactMethod', 'Face to face'),
  value('viewsConsidered', 'Yes'),
  closed('viewsNotConsideredReason'),
  areas(
    [1, 2, 3, 4, 5, 6, 7].map((n) => [`Conversation area ${n}`, `What the carer said (${n}).`]),
  ),
  ...OUTCOMES.map((o) => value(o.id, o.id === 'outcome.home' ? 'No' : 'Yes')),
  value('dependentAdults', 'No'),
  closed('dependentAdults.details'),
  value('unableToAchieve', 'Yes'),
  value('healthDeteriorating', 'Yes'),
  ticks('wellbeingImpact', [WELLBEING_AREAS[0]]),
  closed('wellbeingOther'),
  value('decision', 'Eligibility indicated'),
  value('caringLevel', CARING_LEVELS[2]),
  value('wellbeingImpactLevel', IMPACT_LEVELS[2]),
  value('fundsRequired', 'Yes'),
  value('suggestedBudget', '600'),
  rows('supportPlan', [
    { want: 'A regular break from caring', support: 'Respite at a day centre', cost: '£400' },
  ]),
  rows('nextActions', [
    { action: ACTIONS.purchase, worker: ME, priority: 'Normal' },
    {
      action: ACTIONS.review,
      scheduledDate: IN_A_YEAR,
      team: 'Camden Carers Service',
      priority: 'Normal',
    },
  ]),
];

const PERSON_DETAILS: Patch[] = [
  value('pd.gender', 'Male'),
  closed('pd.gender.selfDescribe'),
  value('pd.trans', 'No'),
  value('pd.genderSameAsBirth', 'Yes'),
  value('pd.sexualOrientation', 'Heterosexual/straight'),
  closed('pd.sexualOrientation.selfDescribe'),
];

const REVIEW_ONLY: Patch[] = [
  rows('previousPlan', [{ want: 'A regular break from caring', support: 'Respite' }]),
  value('review.supportWorking', 'The respite has helped.'),
  value('review.outcomesAchieved', 'Mostly.'),
  value('review.whatChanged', 'Alice needs more help at night.'),
  value('review.previousOutcomesMet', 'Partially met'),
];

const SUMMARY_FIELDS: Patch[] = [
  rows('serviceUserGroups', [
    { group: 'Carer', subGroup: 'No sub-group recorded (primary)', from: 'From 20 Jun 2023' },
  ]),
  value('employmentStatus', 'Not in Paid Employment'),
  rows('relationships', [{ relationship: 'FRIEND', name: 'Alice Trainee' }]),
];

/** A complete, valid Carers Conversation (eligible, funds required, budget within the table), changed by `patches`. */
export function conversation(...patches: Patch[]): PageSnapshot {
  return build('carers-conversation', [...STEP_COMMON, ...PERSON_DETAILS, ...patches]);
}

/** A complete, valid Carers Review, changed by `patches`. */
export function review(...patches: Patch[]): PageSnapshot {
  return build('carers-review', [...STEP_COMMON, ...REVIEW_ONLY, ...patches]);
}

/** A person summary with Carer as the primary group and an employment status, changed by `patches`. */
export function summary(...patches: Patch[]): PageSnapshot {
  return build('person-summary', [...SUMMARY_FIELDS, ...patches]);
}

/** The baselines, by kind (for tests that run over every kind). */
export const BASELINES: Record<PageKind, (...p: Patch[]) => PageSnapshot> = {
  'carers-conversation': conversation,
  'carers-review': review,
  'person-summary': summary,
};

/** Every field id of the kind that the baselines set. */
export function baselineIds(kind: PageKind): string[] {
  return fieldsFor(kind).map((f) => f.id);
}

export function ctx(
  over: Partial<Omit<RuleContext, 'settings'>> & { settings?: Partial<Settings> } = {},
): RuleContext {
  return {
    today: over.today ?? TODAY,
    waitingReviews: over.waitingReviews ?? [],
    settings: { ...DEFAULT_SETTINGS, ...over.settings },
  };
}

/** Every finding on the page. */
export function run(s: PageSnapshot, c: RuleContext = ctx()): Finding[] {
  return runRules(s, c);
}

/** The findings of one rule. */
export function findingsOf(ruleId: string, s: PageSnapshot, c: RuleContext = ctx()): Finding[] {
  return runRules(s, c).filter((f) => f.ruleId === ruleId);
}
