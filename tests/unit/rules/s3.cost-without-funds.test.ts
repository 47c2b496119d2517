/** s3.cost-without-funds (lib/rules/s3.cost-without-funds.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, rows, value } from './snapshot-builder';

const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('s3.cost-without-funds', () => {
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
});
