/**
 * The two eligibility decisions of rules.md: a truth table over outcome answers, health, wellbeing
 * areas and impact level against a literal reading of the spec, and property tests of the invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formDecision,
  statutoryTest,
  type FormDecision,
  type StatutoryResult,
} from '../../lib/eligibility';
import {
  IMPACT_LEVELS,
  OUTCOMES,
  WELLBEING_AREAS,
  WELLBEING_NONE,
  WELLBEING_OTHER,
  type FieldId,
} from '../../lib/page/fields';
import type { PageSnapshot } from '../../lib/page/snapshot';
import { absent, build, findingsOf, ticks, value, type Patch } from './rules/snapshot-builder';

/** An answer: given, blank, or the question not found on the page. */
type A = 'Yes' | 'No' | null | 'absent';
type Areas = string[] | 'absent';
type Impact = 0 | 1 | 2 | 3 | null | 'absent';

interface Case {
  outcomes: A[];
  health: A;
  areas: Areas;
  impact: Impact;
}

const AREA = WELLBEING_AREAS[0];
const AREA2 = WELLBEING_AREAS[6];

function answerPatch(id: FieldId, a: A): Patch {
  return a === 'absent' ? absent(id) : value(id, a);
}

function page(c: Case): PageSnapshot {
  return build('carers-conversation', [
    ...OUTCOMES.map((o, i) => answerPatch(o.id, c.outcomes[i])),
    answerPatch('healthDeteriorating', c.health),
    c.areas === 'absent' ? absent('wellbeingImpact') : ticks('wellbeingImpact', c.areas),
    c.impact === 'absent'
      ? absent('wellbeingImpactLevel')
      : value('wellbeingImpactLevel', c.impact === null ? null : IMPACT_LEVELS[c.impact]),
  ]);
}

// ---- The spec, read literally (an oracle written apart from the code under test) ----

type Tri = true | false | undefined;

/** Areas count only while the form asks the question (health = Yes). */
function askedAreas(c: Case): Areas {
  return c.health === 'Yes' ? c.areas : [];
}

function someNo(c: Case): boolean {
  return c.outcomes.includes('No');
}

function allYes(c: Case): boolean {
  return c.outcomes.every((o) => o === 'Yes');
}

function expectedForm(c: Case): FormDecision {
  const c1: Tri = someNo(c) ? true : allYes(c) ? false : undefined;
  const c2: Tri = c.health === 'Yes' ? true : c.health === 'No' ? false : undefined;
  let c3: Tri = undefined;
  if (c.health === 'Yes' && c.areas !== 'absent') {
    if (c.areas.some((a) => a !== WELLBEING_NONE)) c3 = true;
    else if (c.areas.includes(WELLBEING_NONE)) c3 = false;
  }
  if (c1 === false || c2 === false || c3 === false) return 'not-eligible';
  if (c1 && c2 && c3) return 'eligible';
  return 'incomplete';
}

function expectedStatutory(c: Case): StatutoryResult {
  const areas = askedAreas(c);
  const known = areas !== 'absent';
  const real = known && areas.some((a) => a !== WELLBEING_NONE);
  const none = known && areas.includes(WELLBEING_NONE);
  const level = typeof c.impact === 'number' ? c.impact : null;
  if ((c.health === 'Yes' || someNo(c)) && (real || level === 2 || level === 3)) return 'met';
  if (
    (c.health === 'No' && allYes(c)) ||
    none ||
    ((level === 0 || level === 1) && known && areas.length === 0)
  )
    return 'not-met';
  return 'incomplete';
}

// ---- Truth table ----

const Y: A = 'Yes';
const N: A = 'No';
const U: A = null;

/** Outcome answers by class; the decisions depend on the answers only as a set (checked below). */
const OUTCOME_CLASSES: Record<string, A[]> = {
  'all Yes': [Y, Y, Y, Y, Y, Y, Y, Y],
  'one No, rest Yes': [Y, Y, N, Y, Y, Y, Y, Y],
  'all No': [N, N, N, N, N, N, N, N],
  'some No, some unanswered': [N, U, Y, U, Y, Y, Y, Y],
  'Yes and unanswered, no No': [Y, Y, Y, U, Y, Y, U, Y],
  'all unanswered': [U, U, U, U, U, U, U, U],
  'Yes and one not found': [Y, Y, Y, Y, Y, 'absent', Y, Y],
  'No and one not found': [N, Y, Y, Y, Y, 'absent', Y, Y],
};
const HEALTH: A[] = [Y, N, U, 'absent'];
const WELLBEING: Record<string, Areas> = {
  none: [],
  'one area': [AREA],
  'two areas': [AREA, AREA2],
  'Other only': [WELLBEING_OTHER],
  'None of these only': [WELLBEING_NONE],
  'None + another': [AREA, WELLBEING_NONE],
  'not found': 'absent',
};
const IMPACTS: Impact[] = [0, 1, 2, 3, null, 'absent'];

describe('eligibility truth table', () => {
  it.each([
    // outcomes, health, areas, impact → form, statutory
    ['one No, rest Yes', Y, 'one area', 2, 'eligible', 'met'],
    ['all Yes', Y, 'one area', 2, 'not-eligible', 'met'],
    ['all Yes', N, 'none', 3, 'not-eligible', 'not-met'],
    ['one No, rest Yes', N, 'none', 2, 'not-eligible', 'met'],
    ['one No, rest Yes', N, 'none', 3, 'not-eligible', 'met'],
    ['one No, rest Yes', N, 'none', 1, 'not-eligible', 'not-met'],
    ['one No, rest Yes', N, 'none', null, 'not-eligible', 'incomplete'],
    ['one No, rest Yes', Y, 'None of these only', 3, 'not-eligible', 'met'],
    ['one No, rest Yes', Y, 'None of these only', 1, 'not-eligible', 'not-met'],
    ['one No, rest Yes', Y, 'None of these only', null, 'not-eligible', 'not-met'],
    ['one No, rest Yes', Y, 'None + another', null, 'eligible', 'met'],
    ['one No, rest Yes', Y, 'none', null, 'incomplete', 'incomplete'],
    ['one No, rest Yes', Y, 'none', 0, 'incomplete', 'not-met'],
    ['one No, rest Yes', U, 'one area', null, 'incomplete', 'incomplete'],
    ['Yes and unanswered, no No', Y, 'one area', null, 'incomplete', 'met'],
    ['Yes and unanswered, no No', N, 'none', 3, 'not-eligible', 'incomplete'],
    ['all unanswered', U, 'none', null, 'incomplete', 'incomplete'],
    ['all Yes', U, 'none', 2, 'not-eligible', 'incomplete'],
    ['some No, some unanswered', Y, 'one area', 0, 'eligible', 'met'],
    ['all No', Y, 'Other only', 1, 'eligible', 'met'],
    ['one No, rest Yes', Y, 'not found', 2, 'incomplete', 'met'],
    ['one No, rest Yes', 'absent', 'none', 2, 'incomplete', 'met'],
    ['Yes and one not found', N, 'none', 2, 'not-eligible', 'incomplete'],
  ] as Array<[string, A, string, Impact, FormDecision, StatutoryResult]>)(
    'outcomes %s, health %s, wellbeing %s, impact %s → form %s, statutory %s',
    (outcomes, health, wellbeing, impact, form, statutory) => {
      const c: Case = {
        outcomes: OUTCOME_CLASSES[outcomes],
        health,
        areas: WELLBEING[wellbeing],
        impact,
      };
      expect(formDecision(page(c)).result).toBe(form);
      expect(statutoryTest(page(c)).result).toBe(statutory);
    },
  );

  it('every combination of outcome class × health × wellbeing × impact follows the spec', () => {
    let n = 0;
    for (const [oName, outcomes] of Object.entries(OUTCOME_CLASSES))
      for (const health of HEALTH)
        for (const [wName, areas] of Object.entries(WELLBEING))
          for (const impact of IMPACTS) {
            const c: Case = { outcomes, health, areas, impact };
            const label = `outcomes ${oName}, health ${health}, wellbeing ${wName}, impact ${impact}`;
            const s = page(c);
            const form = formDecision(s);
            const stat = statutoryTest(s);
            expect(form.result, label).toBe(expectedForm(c));
            expect(stat.result, label).toBe(expectedStatutory(c));
            expect(form.reasons.length, label).toBeGreaterThan(0);
            expect(stat.reasons.length, label).toBeGreaterThan(0);
            n++;
          }
    expect(n).toBe(8 * 4 * 7 * 6);
  });

  it('every one of the 3^8 Yes/No/unanswered outcome combinations follows the spec (health Yes, an area ticked)', () => {
    const answers: A[] = [Y, N, U];
    for (let i = 0; i < 3 ** 8; i++) {
      let k = i;
      const outcomes = OUTCOMES.map(() => {
        const a = answers[k % 3];
        k = Math.floor(k / 3);
        return a;
      });
      for (const c of [
        { outcomes, health: Y, areas: [AREA], impact: 1 } as Case,
        { outcomes, health: N, areas: [], impact: 2 } as Case,
      ]) {
        const s = page(c);
        expect(formDecision(s).result).toBe(expectedForm(c));
        expect(statutoryTest(s).result).toBe(expectedStatutory(c));
      }
    }
  });
});

describe('eligibility reasons', () => {
  const base: Case = {
    outcomes: OUTCOME_CLASSES['one No, rest Yes'],
    health: Y,
    areas: [AREA],
    impact: 2,
  };

  it('names the outcomes that cannot be achieved and the areas ticked', () => {
    const r = formDecision(page(base)).reasons.join(' ');
    expect(r).toContain('unable to achieve one outcome: maintaining a habitable home environment');
    expect(r).toContain(AREA);
    expect(r).toMatch(/health/i);
  });

  it('says why it is not eligible', () => {
    expect(
      formDecision(page({ ...base, outcomes: OUTCOME_CLASSES['all Yes'] })).reasons.join(' '),
    ).toMatch(/every outcome/);
    expect(formDecision(page({ ...base, health: N })).reasons.join(' ')).toMatch(/answered No/);
    expect(formDecision(page({ ...base, areas: [WELLBEING_NONE] })).reasons.join(' ')).toContain(
      WELLBEING_NONE,
    );
  });

  it('says what is still missing', () => {
    const r = formDecision(
      page({ ...base, outcomes: OUTCOME_CLASSES['Yes and unanswered, no No'], health: U }),
    );
    expect(r.result).toBe('incomplete');
    const text = r.reasons.join(' ');
    expect(text).toMatch(/2 outcomes are not answered yet/);
    expect(text).toContain(
      'managing and maintaining nutrition; making use of necessary facilities',
    );
    expect(text).toMatch(/health.*not answered/);
    expect(formDecision(page({ ...base, areas: [] })).reasons.join(' ')).toMatch(
      /No wellbeing area is ticked/,
    );
    expect(statutoryTest(page({ ...base, health: N, impact: null })).reasons.join(' ')).toMatch(
      /impact.*not chosen/,
    );
  });

  it('gives the statutory test’s reasons: the circumstance and the impact', () => {
    const r = statutoryTest(page({ ...base, health: N, areas: [], impact: 3 }));
    expect(r.result).toBe('met');
    expect(r.reasons.join(' ')).toMatch(/unable to achieve one outcome/);
    expect(r.reasons.join(' ')).toMatch(/level 3 \(a serious impact/);
  });
});

// ---- Properties ----

const answerArb = fc.constantFrom<A>(Y, N, U, 'absent');
const caseArb: fc.Arbitrary<Case> = fc.record({
  outcomes: fc.array(answerArb, { minLength: 8, maxLength: 8 }),
  health: answerArb,
  areas: fc.oneof(fc.subarray(WELLBEING_AREAS), fc.constant<'absent'>('absent')),
  impact: fc.constantFrom<Impact>(0, 1, 2, 3, null, 'absent'),
});

function realArea(c: Case): boolean {
  const a = askedAreas(c);
  return a !== 'absent' && a.some((x) => x !== WELLBEING_NONE);
}

/** An answer the form's rule needs is blank or not found. */
function neededMissing(c: Case): boolean {
  const outcomesMissing = !someNo(c) && c.outcomes.some((o) => o === null || o === 'absent');
  const healthMissing = c.health === null || c.health === 'absent';
  const areasMissing = c.health === 'Yes' && (c.areas === 'absent' || c.areas.length === 0);
  return outcomesMissing || healthMissing || areasMissing;
}

describe('eligibility invariants', () => {
  it('never eligible unless all three conditions hold', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        if (formDecision(page(c)).result === 'eligible') {
          expect(someNo(c)).toBe(true);
          expect(c.health).toBe('Yes');
          expect(realArea(c)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('incomplete only while a needed answer is missing, and never once one condition is known to fail', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = formDecision(page(c)).result;
        const fails =
          allYes(c) ||
          c.health === 'No' ||
          (c.health === 'Yes' && c.areas !== 'absent' && c.areas.length > 0 && !realArea(c));
        if (r === 'incomplete') {
          expect(neededMissing(c)).toBe(true);
          expect(fails).toBe(false);
        }
        if (!neededMissing(c)) expect(r).not.toBe('incomplete');
      }),
      { numRuns: 500 },
    );
  });

  it('the statutory test is met only with a circumstance of reg. 3(2) and a significant impact', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        if (statutoryTest(page(c)).result === 'met') {
          expect(c.health === 'Yes' || someNo(c)).toBe(true);
          expect(realArea(c) || c.impact === 2 || c.impact === 3).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the order of the outcomes does not matter', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, seed) => {
        const shuffled = [...c.outcomes];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seed + i * 7) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const d = { ...c, outcomes: shuffled };
        expect(formDecision(page(d)).result).toBe(formDecision(page(c)).result);
        expect(statutoryTest(page(d)).result).toBe(statutoryTest(page(c)).result);
      }),
      { numRuns: 300 },
    );
  });

  it('s3.statutory-eligibility fires exactly when the form says not-eligible and the statutory test is met', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const s = page(c);
        const fires = findingsOf('s3.statutory-eligibility', s).length > 0;
        expect(fires).toBe(
          formDecision(s).result === 'not-eligible' && statutoryTest(s).result === 'met',
        );
      }),
      { numRuns: 500 },
    );
  });
});
