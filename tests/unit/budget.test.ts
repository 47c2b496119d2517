import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetSummary, parseMoney } from '../../lib/budget';
import { CARING_LEVELS, IMPACT_LEVELS } from '../../lib/page/fields';
import { formatPounds, parsePence } from '../../lib/money';
import { DEFAULT_SETTINGS, EXAMPLE_BUDGET_TABLE } from '../../lib/settings/schema';
import { absent, conversation, patch, rows, summary, value } from './rules/snapshot-builder';

describe('parseMoney', () => {
  it.each([
    ['600', 600],
    ['£600', 600],
    ['600.00', 600],
    ['600.5', 600.5],
    ['412.50', 412.5],
    ['1,200', 1200],
    ['£1,200.50', 1200.5],
    ['12,345,678', 12345678],
    ['1200', 1200],
    ['  £600  ', 600],
    ['£ 600', 600],
    ['\u00a0600\u00a0', 600],
    ['0', 0],
    ['£0.00', 0],
    ['0.01', 0.01],
  ])('reads %j as %s', (text, expected) => {
    expect(parseMoney(text)).toBe(expected);
  });

  it.each([null, '', '   ', '\t\n'])('reads %j as blank (null)', (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it.each([
    'six hundred',
    '600 pounds',
    '£600pw',
    'GBP 600',
    'tbc',
    '-600',
    '£-600',
    '-£600',
    '+600',
    '(600)',
    '12.345',
    '1,20',
    '12,00',
    '1,2000',
    ',600',
    '600.',
    '.50',
    '£',
    '300 + 300',
    '300/600',
    '300 300',
    '1 200',
    '£600 £300',
    '600 or 700',
    '6e2',
    '0x10',
    '£600.00.00',
  ])('refuses %j', (text) => {
    expect(parseMoney(text)).toBe('invalid');
  });

  it('compares as amounts: 600 = £600.00 = 600.0', () => {
    expect(parseMoney('600')).toBe(parseMoney('£600.00'));
    expect(parseMoney('600.0')).toBe(parseMoney('£600'));
  });

  it('sums exactly in pence (no floating point drift)', () => {
    const p = ['0.10', '0.20'].map((t) => parsePence(t) as number);
    expect(p[0] + p[1]).toBe(30);
  });

  it('property: any amount written with £, commas and two decimals reads back as itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_00 }),
        fc.boolean(),
        fc.boolean(),
        (pence, pound, commas) => {
          const pounds = Math.floor(pence / 100);
          const body = commas ? pounds.toLocaleString('en-GB') : String(pounds);
          const text = `${pound ? '£' : ''}${body}.${String(pence % 100).padStart(2, '0')}`;
          expect(parsePence(text)).toBe(pence);
        },
      ),
    );
  });

  it('property: text with a letter in it is never an amount', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('a', 'k', 'p', 'O', 'l'),
        fc.string(),
        (a, letter, b) => {
          expect(parseMoney(`${a}${letter}${b}`)).not.toEqual(expect.any(Number));
        },
      ),
    );
  });

  it('formats pounds for messages', () => {
    expect(formatPounds(60000)).toBe('£600');
    expect(formatPounds(41250)).toBe('£412.50');
    expect(formatPounds(120000)).toBe('£1,200');
    expect(formatPounds(5)).toBe('£0.05');
  });
});

describe('budgetSummary', () => {
  it('reads level and impact from the options’ leading digit and looks the table up', () => {
    const b = budgetSummary(conversation(), DEFAULT_SETTINGS);
    expect(b).toEqual({
      level: 2,
      impact: 2,
      suggested: 600,
      shown: 600,
      costs: 400,
      invalidCosts: 0,
      left: 200,
    });
  });

  it('covers every cell of the table', () => {
    for (let level = 0; level < 4; level++)
      for (let impact = 0; impact < 4; impact++) {
        const s = conversation(
          value('caringLevel', CARING_LEVELS[level]),
          value('wellbeingImpactLevel', IMPACT_LEVELS[impact]),
        );
        const b = budgetSummary(s, DEFAULT_SETTINGS);
        expect([b.level, b.impact, b.suggested]).toEqual([
          level,
          impact,
          EXAMPLE_BUDGET_TABLE[level][impact],
        ]);
      }
  });

  it('uses the council’s own table from the settings', () => {
    const table = [
      [0, 0, 0, 0],
      [0, 100, 200, 300],
      [0, 200, 425.5, 800],
      [0, 300, 800, 1000],
    ];
    const b = budgetSummary(conversation(), { ...DEFAULT_SETTINGS, budgetTable: table });
    expect(b.suggested).toBe(425.5);
    expect(b.left).toBe(25.5);
  });

  it('has no suggested amount (nor what is left) while the level or the impact is unchosen', () => {
    for (const s of [
      conversation(value('caringLevel', null)),
      conversation(value('wellbeingImpactLevel', null)),
      conversation(absent('caringLevel')),
      conversation(value('caringLevel', 'Moderate')),
    ]) {
      const b = budgetSummary(s, DEFAULT_SETTINGS);
      expect(b.suggested).toBeNull();
      expect(b.left).toBeNull();
    }
  });

  it('reads what the page shows as an amount; none when it shows none or the form hides it', () => {
    expect(
      budgetSummary(conversation(value('suggestedBudget', '£600.00')), DEFAULT_SETTINGS).shown,
    ).toBe(600);
    expect(
      budgetSummary(conversation(value('suggestedBudget', null)), DEFAULT_SETTINGS).shown,
    ).toBeNull();
    expect(
      budgetSummary(conversation(absent('suggestedBudget')), DEFAULT_SETTINGS).shown,
    ).toBeNull();
    expect(
      budgetSummary(conversation(value('suggestedBudget', 'n/a')), DEFAULT_SETTINGS).shown,
    ).toBeNull();
    // Funds = No hides the budget: a value left behind in a hidden element is not shown.
    const hidden = conversation(
      value('fundsRequired', 'No'),
      patch('suggestedBudget', { shown: false, value: '750' }),
    );
    expect(budgetSummary(hidden, DEFAULT_SETTINGS).shown).toBeNull();
  });

  it('sums valid costs, counts invalid ones (and £0) apart, and works out what is left', () => {
    const s = conversation(
      rows('supportPlan', [
        { want: 'a', support: 'b', cost: '£200.25' },
        { want: 'a', support: 'b', cost: '1,000' },
        { want: 'a', support: 'b', cost: 'about 50' },
        { want: 'a', support: 'b', cost: '0' },
        { want: 'a', support: 'b', cost: '' },
        { want: 'a', support: 'b' },
      ]),
    );
    const b = budgetSummary(s, DEFAULT_SETTINGS);
    expect(b.costs).toBe(1200.25);
    expect(b.invalidCosts).toBe(2);
    expect(b.left).toBe(-600.25);
  });

  it('is empty on a page without the form', () => {
    expect(budgetSummary(summary(), DEFAULT_SETTINGS)).toEqual({
      level: null,
      impact: null,
      suggested: null,
      shown: null,
      costs: 0,
      invalidCosts: 0,
      left: null,
    });
  });
});
