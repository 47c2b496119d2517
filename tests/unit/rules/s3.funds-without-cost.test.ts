/** s3.funds-without-cost (lib/rules/s3.funds-without-cost.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, rows, value } from './snapshot-builder';

const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('s3.funds-without-cost', () => {
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
});
