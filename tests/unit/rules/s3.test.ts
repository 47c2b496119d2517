/** Section 3: eligibility, budget and support plan. */
import { describe, expect, it } from 'vitest';
import { formDecision, statutoryTest } from '../../../lib/eligibility';
import {
  CARING_LEVELS,
  IMPACT_LEVELS,
  OUTCOMES,
  WELLBEING_AREAS,
  WELLBEING_NONE,
  WELLBEING_OTHER,
} from '../../../lib/page/fields';
import {
  absent,
  closed,
  conversation,
  ctx,
  findingsOf,
  patch,
  review,
  rows,
  ticks,
  value,
} from './snapshot-builder';

const allYes = OUTCOMES.map((o) => value(o.id, 'Yes'));
const NOT_ELIGIBLE = [
  value('healthDeteriorating', 'No'),
  ticks('wellbeingImpact', []),
  value('decision', 'Eligibility not indicated'),
];
const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('Section 3: outcomes, health, wellbeing', () => {
  it('s3.outcome-missing fires once per unanswered outcome, pointing at each', () => {
    const f = findingsOf(
      's3.outcome-missing',
      conversation(value('outcome.work', null), value('outcome.childCare', null)),
    );
    expect(f.map((x) => x.field)).toEqual(['outcome.childCare', 'outcome.work']);
    expect(f[1].message).toContain('Engaging in work, training, education or volunteering');
  });

  it('s3.outcome-missing stays quiet when all are answered, or an outcome was not found', () => {
    expect(findingsOf('s3.outcome-missing', conversation())).toEqual([]);
    expect(findingsOf('s3.outcome-missing', conversation(absent('outcome.work')))).toEqual([]);
  });

  it('s3.conditional-details-missing fires for Yes to dependent adults with the box empty', () => {
    const f = findingsOf(
      's3.conditional-details-missing',
      review(value('dependentAdults', 'Yes'), value('dependentAdults.details', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('dependentAdults.details');
    expect(f[0].message).toContain('Are there any adults that are dependent on you?');
  });

  it('s3.conditional-details-missing stays quiet for No, for Yes with the box filled, or with the box not found', () => {
    expect(
      findingsOf(
        's3.conditional-details-missing',
        conversation(value('dependentAdults', 'No'), value('dependentAdults.details', null)),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.conditional-details-missing',
        conversation(
          value('dependentAdults', 'Yes'),
          value('dependentAdults.details', 'Mother, 82'),
        ),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.conditional-details-missing',
        conversation(value('dependentAdults', 'Yes'), absent('dependentAdults.details')),
      ),
    ).toEqual([]);
  });

  it('s3.health-missing fires when unanswered', () => {
    expect(
      findingsOf('s3.health-missing', conversation(value('healthDeteriorating', null))),
    ).toHaveLength(1);
  });

  it('s3.health-missing stays quiet when answered', () => {
    expect(findingsOf('s3.health-missing', conversation(...NOT_ELIGIBLE))).toEqual([]);
  });

  it('s3.wellbeing-missing fires for health = Yes with no area ticked', () => {
    const f = findingsOf('s3.wellbeing-missing', conversation(ticks('wellbeingImpact', [])));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('wellbeingImpact');
  });

  it('s3.wellbeing-missing stays quiet for health = No, with an area ticked, or with the areas not found', () => {
    expect(findingsOf('s3.wellbeing-missing', conversation(...NOT_ELIGIBLE))).toEqual([]);
    expect(
      findingsOf('s3.wellbeing-missing', conversation(ticks('wellbeingImpact', [WELLBEING_NONE]))),
    ).toEqual([]);
    expect(findingsOf('s3.wellbeing-missing', conversation(absent('wellbeingImpact')))).toEqual([]);
  });

  it('s3.wellbeing-none-conflict fires when None is ticked with another area', () => {
    expect(
      findingsOf(
        's3.wellbeing-none-conflict',
        conversation(ticks('wellbeingImpact', [WELLBEING_AREAS[2], WELLBEING_NONE])),
      ),
    ).toHaveLength(1);
  });

  it('s3.wellbeing-none-conflict stays quiet for None alone, areas alone, or when the question is not asked (health No)', () => {
    expect(
      findingsOf(
        's3.wellbeing-none-conflict',
        conversation(ticks('wellbeingImpact', [WELLBEING_NONE])),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.wellbeing-none-conflict',
        conversation(ticks('wellbeingImpact', WELLBEING_AREAS.slice(0, 5))),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.wellbeing-none-conflict',
        conversation(
          value('healthDeteriorating', 'No'),
          ticks('wellbeingImpact', [WELLBEING_AREAS[2], WELLBEING_NONE]),
        ),
      ),
    ).toEqual([]);
  });

  it('s3.wellbeing-other-missing fires when Other is ticked and nothing specified', () => {
    const f = findingsOf(
      's3.wellbeing-other-missing',
      conversation(ticks('wellbeingImpact', [WELLBEING_OTHER]), value('wellbeingOther', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('wellbeingOther');
  });

  it('s3.wellbeing-other-missing stays quiet when specified, when Other is not ticked, or the box is not found', () => {
    expect(
      findingsOf(
        's3.wellbeing-other-missing',
        conversation(ticks('wellbeingImpact', [WELLBEING_OTHER]), value('wellbeingOther', 'Sleep')),
      ),
    ).toEqual([]);
    expect(
      findingsOf('s3.wellbeing-other-missing', conversation(value('wellbeingOther', null))),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.wellbeing-other-missing',
        conversation(ticks('wellbeingImpact', [WELLBEING_OTHER]), absent('wellbeingOther')),
      ),
    ).toEqual([]);
  });
});

describe('Section 3: the decision', () => {
  it('s3.decision-mismatch fires when the page says not indicated but the answers indicate eligibility', () => {
    const f = findingsOf(
      's3.decision-mismatch',
      conversation(value('decision', 'Eligibility not indicated')),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('decision');
    expect(f[0].message).toContain('“Eligibility indicated”');
  });

  it('s3.decision-mismatch fires when the page says indicated but the answers do not', () => {
    const s = conversation(
      ...allYes,
      value('fundsRequired', 'No'),
      plan(),
      value('decision', 'eligibility indicated'),
    );
    expect(findingsOf('s3.decision-mismatch', s)).toHaveLength(1);
  });

  it('s3.decision-mismatch stays quiet when they agree, while the computed decision is incomplete, or the page shows none', () => {
    expect(findingsOf('s3.decision-mismatch', conversation())).toEqual([]);
    expect(
      findingsOf(
        's3.decision-mismatch',
        conversation(
          value('healthDeteriorating', null),
          value('decision', 'Eligibility not indicated'),
        ),
      ),
    ).toEqual([]);
    expect(findingsOf('s3.decision-mismatch', conversation(value('decision', null)))).toEqual([]);
    expect(findingsOf('s3.decision-mismatch', conversation(closed('decision')))).toEqual([]);
  });

  it('s3.statutory-eligibility fires (info) when the form says not eligible but reg. 3 may be met', () => {
    const s = conversation(
      ...NOT_ELIGIBLE,
      value('wellbeingImpactLevel', IMPACT_LEVELS[3]),
      value('fundsRequired', 'No'),
      plan(),
    );
    expect(formDecision(s).result).toBe('not-eligible');
    expect(statutoryTest(s).result).toBe('met');
    const f = findingsOf('s3.statutory-eligibility', s);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    const m = f[0].message;
    expect(m).toMatch(/^Advice, not a decision/);
    expect(m).toContain('reg. 3(2)');
    expect(m).toContain(
      'the carer’s physical or mental health is, or is at risk of, deteriorating',
    );
    expect(m).toContain('the carer is unable to achieve any of the following outcomes');
    expect(m).toMatch(/record(ing)? the impact/);
    expect(m).toMatch(/manager/);
    expect(m).not.toMatch(/\bis eligible\b/);
  });

  it('s3.statutory-eligibility stays quiet when the form says eligible, or the statutory test is not met or incomplete', () => {
    expect(findingsOf('s3.statutory-eligibility', conversation())).toEqual([]);
    const notMet = conversation(...NOT_ELIGIBLE, value('wellbeingImpactLevel', IMPACT_LEVELS[1]));
    expect(findingsOf('s3.statutory-eligibility', notMet)).toEqual([]);
    const incomplete = conversation(...NOT_ELIGIBLE, value('wellbeingImpactLevel', null));
    expect(findingsOf('s3.statutory-eligibility', incomplete)).toEqual([]);
  });
});

describe('Section 3: levels', () => {
  it('s3.caring-level-missing fires when not selected', () => {
    expect(
      findingsOf(
        's3.caring-level-missing',
        conversation(value('caringLevel', '-- Please Select --')),
      ),
    ).toHaveLength(1);
  });

  it('s3.caring-level-missing stays quiet when selected', () => {
    expect(findingsOf('s3.caring-level-missing', conversation())).toEqual([]);
  });

  it('s3.impact-level-missing fires when not selected', () => {
    expect(
      findingsOf('s3.impact-level-missing', review(value('wellbeingImpactLevel', null))),
    ).toHaveLength(1);
  });

  it('s3.impact-level-missing stays quiet when selected', () => {
    expect(findingsOf('s3.impact-level-missing', review())).toEqual([]);
  });

  it.each([
    [0, '15 - 21 hours'],
    [1, '50+ hours'],
    [2, '1 - 7 hours'],
    [3, '1 - 7 hours'],
  ])('s3.caring-level-hours-mismatch fires for level %s with %s', (level, hours) => {
    const f = findingsOf(
      's3.caring-level-hours-mismatch',
      conversation(value('caringLevel', CARING_LEVELS[level]), value('hoursCaring', hours)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].field).toBe('caringLevel');
  });

  it.each([
    [0, '1 - 7 hours'],
    [1, '8 - 14 hours'],
    [2, '8 - 14 hours'],
    [3, '50+ hours'],
  ])('s3.caring-level-hours-mismatch stays quiet for level %s with %s', (level, hours) => {
    expect(
      findingsOf(
        's3.caring-level-hours-mismatch',
        conversation(value('caringLevel', CARING_LEVELS[level]), value('hoursCaring', hours)),
      ),
    ).toEqual([]);
  });

  it('s3.caring-level-hours-mismatch stays quiet while either is unselected', () => {
    expect(
      findingsOf(
        's3.caring-level-hours-mismatch',
        conversation(value('caringLevel', null), value('hoursCaring', '1 - 7 hours')),
      ),
    ).toEqual([]);
    expect(
      findingsOf('s3.caring-level-hours-mismatch', conversation(value('hoursCaring', null))),
    ).toEqual([]);
  });

  it('s3.impact-level-mismatch fires for impact 2 or 3 while health = No', () => {
    for (const level of [2, 3]) {
      const s = conversation(...NOT_ELIGIBLE, value('wellbeingImpactLevel', IMPACT_LEVELS[level]));
      expect(findingsOf('s3.impact-level-mismatch', s)).toHaveLength(1);
    }
  });

  it('s3.impact-level-mismatch fires for impact 0 while eligibility is indicated', () => {
    const f = findingsOf(
      's3.impact-level-mismatch',
      conversation(value('wellbeingImpactLevel', IMPACT_LEVELS[0])),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/eligibility is indicated/);
  });

  it('s3.impact-level-mismatch stays quiet for matching levels', () => {
    expect(findingsOf('s3.impact-level-mismatch', conversation())).toEqual([]);
    expect(
      findingsOf(
        's3.impact-level-mismatch',
        conversation(...NOT_ELIGIBLE, value('wellbeingImpactLevel', IMPACT_LEVELS[1])),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.impact-level-mismatch',
        conversation(
          value('healthDeteriorating', null),
          value('wellbeingImpactLevel', IMPACT_LEVELS[0]),
        ),
      ),
    ).toEqual([]);
  });
});

describe('Section 3: funds, budget and support plan', () => {
  it('s3.funds-not-eligible fires for funds = Yes while the computed decision is not-eligible', () => {
    const f = findingsOf('s3.funds-not-eligible', conversation(...NOT_ELIGIBLE));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('fundsRequired');
  });

  it('s3.funds-not-eligible stays quiet while the decision is eligible or incomplete, or funds are not required', () => {
    expect(findingsOf('s3.funds-not-eligible', conversation())).toEqual([]);
    expect(
      findingsOf('s3.funds-not-eligible', conversation(value('healthDeteriorating', null))),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.funds-not-eligible',
        conversation(...NOT_ELIGIBLE, value('fundsRequired', null)),
      ),
    ).toEqual([]);
  });

  it('s3.suggested-budget-mismatch fires when the page’s amount differs from the table', () => {
    const f = findingsOf(
      's3.suggested-budget-mismatch',
      conversation(value('suggestedBudget', '750')),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('£750');
    expect(f[0].message).toContain('£600');
    expect(f[0].message).toMatch(/example/);
  });

  it('s3.suggested-budget-mismatch fires against the council’s own table, without the example note', () => {
    const table = [
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 500, 0],
      [0, 0, 0, 0],
    ];
    const f = findingsOf(
      's3.suggested-budget-mismatch',
      conversation(),
      ctx({ settings: { budgetTable: table, budgetTableIsCouncils: true } }),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).not.toMatch(/example/);
  });

  it('s3.suggested-budget-mismatch stays quiet for the same amount written differently', () => {
    for (const v of ['600', '£600', '600.00', '£600.00', ' 600.0 ']) {
      expect(
        findingsOf('s3.suggested-budget-mismatch', conversation(value('suggestedBudget', v))),
      ).toEqual([]);
    }
  });

  it('s3.suggested-budget-mismatch stays quiet when the page shows none, or the level or impact is unset', () => {
    expect(
      findingsOf('s3.suggested-budget-mismatch', conversation(value('suggestedBudget', null))),
    ).toEqual([]);
    expect(
      findingsOf('s3.suggested-budget-mismatch', conversation(closed('suggestedBudget'))),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.suggested-budget-mismatch',
        conversation(value('suggestedBudget', '750'), value('caringLevel', null)),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.suggested-budget-mismatch',
        conversation(
          value('fundsRequired', 'No'),
          patch('suggestedBudget', { shown: false, value: '750' }),
        ),
      ),
    ).toEqual([]);
  });

  it('s3.support-plan-missing fires when eligible with no row', () => {
    const f = findingsOf(
      's3.support-plan-missing',
      conversation(value('fundsRequired', 'No'), plan()),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/^Eligibility is indicated, but/);
  });

  it('s3.support-plan-missing fires when funds are required with no row, even if not eligible', () => {
    const f = findingsOf('s3.support-plan-missing', conversation(...NOT_ELIGIBLE, plan()));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/^Funds are required/);
  });

  it('s3.support-plan-missing stays quiet with a row, or when neither eligible nor funded', () => {
    expect(findingsOf('s3.support-plan-missing', conversation())).toEqual([]);
    expect(
      findingsOf(
        's3.support-plan-missing',
        conversation(...NOT_ELIGIBLE, value('fundsRequired', 'No'), plan()),
      ),
    ).toEqual([]);
    expect(findingsOf('s3.support-plan-missing', conversation(absent('supportPlan')))).toEqual([]);
  });

  it('s3.support-plan-row-incomplete fires once per incomplete row, pointing at the row', () => {
    const f = findingsOf(
      's3.support-plan-row-incomplete',
      conversation(
        plan(
          { want: 'Break', support: 'Respite', cost: '300' },
          { want: 'Sleep', cost: '100' },
          { support: 'Gym' },
          {},
        ),
      ),
    );
    expect(f.map((x) => [x.control, x.row])).toEqual([
      ['supportPlan#1', 1],
      ['supportPlan#2', 2],
      ['supportPlan#3', 3],
    ]);
    expect(f[0].message).toMatch(/Row 2 .* no “The support I will need”/);
    expect(f[2].message).toMatch(/no “What I want to achieve” and no “The support I will need”/);
  });

  it('s3.support-plan-row-incomplete stays quiet for complete rows', () => {
    expect(findingsOf('s3.support-plan-row-incomplete', conversation())).toEqual([]);
  });

  it('s3.cost-without-funds fires for a row with a cost while funds are No or blank', () => {
    for (const funds of ['No', null]) {
      const f = findingsOf('s3.cost-without-funds', conversation(value('fundsRequired', funds)));
      expect(f).toHaveLength(1);
      expect(f[0].control).toBe('supportPlan#0');
    }
  });

  it('s3.cost-without-funds stays quiet with funds = Yes, rows without cost, or the funds question not found', () => {
    expect(findingsOf('s3.cost-without-funds', conversation())).toEqual([]);
    expect(
      findingsOf(
        's3.cost-without-funds',
        conversation(value('fundsRequired', 'No'), plan({ want: 'a', support: 'b' })),
      ),
    ).toEqual([]);
    expect(findingsOf('s3.cost-without-funds', conversation(absent('fundsRequired')))).toEqual([]);
  });

  it('s3.funds-without-cost fires for funds = Yes with no row costed', () => {
    const f = findingsOf(
      's3.funds-without-cost',
      conversation(plan({ want: 'a', support: 'b' }, { want: 'c', support: 'd', cost: 'tbc' })),
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
  });

  it('s3.funds-without-cost stays quiet with a cost, or without funds', () => {
    expect(findingsOf('s3.funds-without-cost', conversation())).toEqual([]);
    expect(
      findingsOf(
        's3.funds-without-cost',
        conversation(value('fundsRequired', 'No'), plan({ want: 'a', support: 'b' })),
      ),
    ).toEqual([]);
  });

  it('s3.costs-over-budget fires when the valid costs add up to more than the table’s amount', () => {
    const f = findingsOf(
      's3.costs-over-budget',
      conversation(
        plan(
          { want: 'a', support: 'b', cost: '£400' },
          { want: 'c', support: 'd', cost: '200.01' },
          { want: 'e', support: 'f', cost: 'lots' },
        ),
      ),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('£600.01');
    expect(f[0].message).toMatch(/authorising manager’s approval: email them/);
  });

  it('s3.costs-over-budget stays quiet at or under the budget, or without a suggested amount', () => {
    expect(
      findingsOf(
        's3.costs-over-budget',
        conversation(plan({ want: 'a', support: 'b', cost: '£600.00' })),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's3.costs-over-budget',
        conversation(
          plan({ want: 'a', support: 'b', cost: '900' }),
          value('wellbeingImpactLevel', null),
        ),
      ),
    ).toEqual([]);
  });

  it.each(['tbc', '-50', '0', '£0.00', '12.345', '1,20', '100 + 200'])(
    's3.cost-invalid fires for the cost %j',
    (cost) => {
      const f = findingsOf(
        's3.cost-invalid',
        conversation(
          plan({ want: 'a', support: 'b', cost: '100' }, { want: 'a', support: 'b', cost }),
        ),
      );
      expect(f).toHaveLength(1);
      expect(f[0].row).toBe(1);
      expect(f[0].control).toBe('supportPlan#1');
    },
  );

  it.each(['600', '£600', '600.00', '1,200', '£1,200.50', ''])(
    's3.cost-invalid stays quiet for the cost %j',
    (cost) => {
      expect(
        findingsOf('s3.cost-invalid', conversation(plan({ want: 'a', support: 'b', cost }))),
      ).toEqual([]);
    },
  );
});
