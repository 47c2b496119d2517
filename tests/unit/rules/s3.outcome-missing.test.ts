/** s3.outcome-missing (lib/rules/s3.outcome-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, value } from './snapshot-builder';

describe('s3.outcome-missing', () => {
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
});
