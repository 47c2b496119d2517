/** s3.suggested-budget-mismatch (lib/rules/s3.suggested-budget-mismatch.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { closed, conversation, ctx, findingsOf, patch, value } from './snapshot-builder';

describe('s3.suggested-budget-mismatch', () => {
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
});
