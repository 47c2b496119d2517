/** The two eligibility decisions of rules.md ("The eligibility decision"). */
import { OUTCOMES, WELLBEING_NONE } from './page/fields';
import type { PageSnapshot } from './page/snapshot';
import { foundField, leadingLevel, answer, yesNo, type YesNo } from './page/answers';
import { normaliseText } from './page/text';

export type FormDecision = 'eligible' | 'not-eligible' | 'incomplete';
export type StatutoryResult = 'met' | 'not-met' | 'incomplete';

export interface Decision<T> {
  result: T;
  /** Plain-English reasons: which outcomes, which areas, which answers are missing. */
  reasons: string[];
}

/** The answers both decisions are made from, read once. */
export interface EligibilityFacts {
  /** Per outcome (forms.md order): 'yes', 'no', null when unanswered, undefined when not found. */
  outcomes: Array<{ id: string; name: string; answer: YesNo | undefined }>;
  health: YesNo | undefined;
  /**
   * The wellbeing areas ticked, counted only while the form asks the question (health = Yes);
   * [] while it does not; undefined when health = Yes and the question was not found.
   */
  areas: string[] | undefined;
  /** Impact on physical and mental wellbeing, 0-3; null unset; undefined not found. */
  impactLevel: number | null | undefined;
}

const NONE = normaliseText(WELLBEING_NONE);

/** "Maintaining a habitable home environment" → "maintaining a habitable home environment". */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

const OUTCOME_NAMES = OUTCOMES.map((o) => ({ id: o.id, name: lowerFirst(o.label) }));

export function eligibilityFacts(s: PageSnapshot): EligibilityFacts {
  const outcomes = OUTCOME_NAMES.map((o) => ({ id: o.id, name: o.name, answer: yesNo(s, o.id) }));
  const health = yesNo(s, 'healthDeteriorating');
  let areas: string[] | undefined = [];
  if (health === 'yes') areas = foundField(s, 'wellbeingImpact')?.values;
  const lv = answer(s, 'wellbeingImpactLevel');
  const impactLevel = lv === undefined ? undefined : leadingLevel(lv);
  return { outcomes, health, areas, impactLevel };
}

function list(items: string[]): string {
  return items.join('; ');
}

function quoted(items: string[]): string {
  return items.map((i) => `“${i}”`).join(', ');
}

function areasOtherThanNone(areas: string[]): string[] {
  return areas.filter((a) => normaliseText(a) !== NONE);
}

function hasNone(areas: string[]): boolean {
  return areas.some((a) => normaliseText(a) === NONE);
}

function outcomeSummary(f: EligibilityFacts) {
  const no = f.outcomes.filter((o) => o.answer === 'no').map((o) => o.name);
  const unanswered = f.outcomes.filter((o) => o.answer === null).map((o) => o.name);
  const notFound = f.outcomes.filter((o) => o.answer === undefined).map((o) => o.name);
  const allYes = no.length === 0 && unanswered.length === 0 && notFound.length === 0;
  return { no, unanswered, notFound, allYes };
}

function cannotAchieve(no: string[]): string {
  return no.length === 1
    ? `The carer is unable to achieve one outcome: ${no[0]}.`
    : `The carer is unable to achieve ${no.length} outcomes: ${list(no)}.`;
}

function outcomesMissing(unanswered: string[], notFound: string[]): string[] {
  const r: string[] = [];
  if (unanswered.length > 0)
    r.push(
      unanswered.length === 1
        ? `One outcome is not answered yet: ${unanswered[0]}.`
        : `${unanswered.length} outcomes are not answered yet: ${list(unanswered)}.`,
    );
  if (notFound.length > 0)
    r.push(`Could not find on the page the outcome question(s): ${list(notFound)}.`);
  return r;
}

const HEALTH_YES =
  'Their mental or physical health is, or is at risk of, deteriorating (answered Yes).';
const HEALTH_NO = 'Their mental or physical health is not deteriorating or at risk (answered No).';
const HEALTH_UNANSWERED = 'The question on the carer’s health deteriorating is not answered yet.';
const HEALTH_NOT_FOUND =
  'Could not find the question on the carer’s health deteriorating on the page.';

/**
 * The form's rule (what Mosaic shows as the Decision): eligible when at least one outcome is No,
 * health = Yes, and a wellbeing area other than "None of these options apply" is ticked;
 * not-eligible as soon as one of the three is known to fail; incomplete otherwise.
 */
export function formDecision(s: PageSnapshot): Decision<FormDecision> {
  return decideForm(eligibilityFacts(s));
}

/** formDecision, from the answers already read. */
export function decideForm(f: EligibilityFacts): Decision<FormDecision> {
  const o = outcomeSummary(f);
  const fails: string[] = [];
  const holds: string[] = [];
  const missing: string[] = [];

  // 1. At least one outcome answered No.
  if (o.no.length > 0) holds.push(cannotAchieve(o.no));
  else if (o.allYes)
    fails.push('The carer is able to achieve every outcome (all eight answered Yes).');
  else missing.push(...outcomesMissing(o.unanswered, o.notFound));

  // 2. Health deteriorating (or at risk) = Yes.
  if (f.health === 'yes') holds.push(HEALTH_YES);
  else if (f.health === 'no') fails.push(HEALTH_NO);
  else missing.push(f.health === null ? HEALTH_UNANSWERED : HEALTH_NOT_FOUND);

  // 3. A wellbeing area other than "None of these options apply" (asked only when health = Yes).
  if (f.health === 'yes') {
    if (f.areas === undefined) missing.push('Could not find the wellbeing areas on the page.');
    else {
      const real = areasOtherThanNone(f.areas);
      if (real.length > 0) holds.push(`Wellbeing areas ticked: ${quoted(real)}.`);
      else if (hasNone(f.areas))
        fails.push(`Only “${WELLBEING_NONE}” is ticked for the impact on wellbeing.`);
      else missing.push('No wellbeing area is ticked yet.');
    }
  }

  if (fails.length > 0) return { result: 'not-eligible', reasons: fails };
  if (missing.length > 0) return { result: 'incomplete', reasons: missing };
  return { result: 'eligible', reasons: holds };
}

const IMPACT_WORDS = [
  'none or minimal impact',
  'some impact',
  'a significant impact',
  'a serious impact',
];

/**
 * The statutory test (reg. 3 of the Care and Support (Eligibility Criteria) Regulations 2015), as
 * rules.md words it for `data-statutory`, checked in this order:
 * met: (health = Yes or any outcome = No) and a significant impact is recorded (a wellbeing area
 * other than "None of these options apply" ticked, or impact level 2 or 3);
 * not-met: health = No and every outcome = Yes, or "None of these options apply" ticked, or impact
 * level 0 or 1 with no area ticked; incomplete otherwise.
 */
export function statutoryTest(s: PageSnapshot): Decision<StatutoryResult> {
  return decideStatutory(eligibilityFacts(s));
}

/** statutoryTest, from the answers already read. */
export function decideStatutory(f: EligibilityFacts): Decision<StatutoryResult> {
  const o = outcomeSummary(f);
  const real = f.areas === undefined ? [] : areasOtherThanNone(f.areas);
  const none = f.areas !== undefined && hasNone(f.areas);
  const level = f.impactLevel ?? null;
  const levelText = level === null ? '' : `level ${level} (${IMPACT_WORDS[level]} on wellbeing)`;

  const circumstance = f.health === 'yes' || o.no.length > 0;
  const significant = real.length > 0 || level === 2 || level === 3;

  if (circumstance && significant) {
    const r: string[] = [];
    if (f.health === 'yes') r.push(HEALTH_YES);
    if (o.no.length > 0) r.push(cannotAchieve(o.no));
    if (real.length > 0) r.push(`A significant impact on wellbeing is recorded: ${quoted(real)}.`);
    if (level === 2 || level === 3)
      r.push(`The impact on physical and mental wellbeing is ${levelText}.`);
    return { result: 'met', reasons: r };
  }

  const notMet: string[] = [];
  if (f.health === 'no' && o.allYes)
    notMet.push(
      'Their health is not deteriorating (answered No) and the carer is able to achieve every outcome.',
    );
  if (none) notMet.push(`“${WELLBEING_NONE}” is ticked for the impact on wellbeing.`);
  if ((level === 0 || level === 1) && f.areas !== undefined && f.areas.length === 0)
    notMet.push(
      `The impact on physical and mental wellbeing is ${levelText}, and no wellbeing area is ticked.`,
    );
  if (notMet.length > 0) return { result: 'not-met', reasons: notMet };

  const missing: string[] = [];
  if (!circumstance) {
    if (f.health === null) missing.push(HEALTH_UNANSWERED);
    else if (f.health === undefined) missing.push(HEALTH_NOT_FOUND);
    if (!o.allYes) missing.push(...outcomesMissing(o.unanswered, o.notFound));
  }
  if (!significant) {
    if (f.areas === undefined) missing.push('Could not find the wellbeing areas on the page.');
    else if (f.health === 'yes' && f.areas.length === 0)
      missing.push('No wellbeing area is ticked yet.');
    if (f.impactLevel === undefined)
      missing.push('Could not find “Impact on physical and mental wellbeing” on the page.');
    else if (level === null)
      missing.push('The impact on physical and mental wellbeing is not chosen yet.');
  }
  if (missing.length === 0) missing.push('Not enough is answered yet to apply the statutory test.');
  return { result: 'incomplete', reasons: missing };
}
