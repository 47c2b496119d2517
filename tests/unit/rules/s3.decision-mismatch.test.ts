/** s3.decision-mismatch (lib/rules/s3.decision-mismatch.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../../lib/page/fields';
import { closed, conversation, findingsOf, rows, value } from './snapshot-builder';

const allYes = OUTCOMES.map((o) => value(o.id, 'Yes'));
const plan = (...list: Array<Record<string, string>>) => rows('supportPlan', list);

describe('s3.decision-mismatch', () => {
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
});
