/** pd.answer-missing (lib/rules/pd.answer-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, review, value } from './snapshot-builder';

describe('pd.answer-missing', () => {
  it('pd.answer-missing fires once per unanswered question', () => {
    const f = findingsOf(
      'pd.answer-missing',
      conversation(value('pd.trans', null), value('pd.sexualOrientation', null)),
    );
    expect(f.map((x) => x.field)).toEqual(['pd.trans', 'pd.sexualOrientation']);
    expect(f[0].message).toContain('“Do you identify as trans?”');
    expect(f[0].message).toMatch(/mandatory/);
  });

  it('pd.answer-missing fires for all four on an untouched form', () => {
    const s = conversation(
      value('pd.gender', null),
      value('pd.trans', null),
      value('pd.genderSameAsBirth', null),
      value('pd.sexualOrientation', null),
    );
    expect(findingsOf('pd.answer-missing', s)).toHaveLength(4);
  });

  it('pd.answer-missing stays quiet when answered (Question not asked is an answer), not found, or on a Review', () => {
    expect(
      findingsOf('pd.answer-missing', conversation(value('pd.trans', 'Question not asked'))),
    ).toEqual([]);
    expect(findingsOf('pd.answer-missing', conversation(absent('pd.trans')))).toEqual([]);
    expect(findingsOf('pd.answer-missing', review(value('pd.trans', null)))).toEqual([]);
  });
});
