/** s3.cost-invalid (lib/rules/s3.cost-invalid.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, rows } from './snapshot-builder';

const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('s3.cost-invalid', () => {
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
