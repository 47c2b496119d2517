/** s3.support-plan-row-incomplete (lib/rules/s3.support-plan-row-incomplete.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf, rows } from './snapshot-builder';

const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('s3.support-plan-row-incomplete', () => {
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

  it('s3.support-plan-row-incomplete stays quiet for free text that begins like a drop-down’s prompt', () => {
    const row = { want: 'Choose my own respite', support: 'Pick up prescriptions', cost: '' };
    expect(findingsOf('s3.support-plan-row-incomplete', conversation(plan(row)))).toEqual([]);
  });
});
