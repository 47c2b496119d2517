/** s3.costs-over-budget (lib/rules/s3.costs-over-budget.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, rows, value } from './snapshot-builder';

const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('s3.costs-over-budget', () => {
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
});
