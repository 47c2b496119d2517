/** Person Details form. */
import { describe, expect, it } from 'vitest';
import { SELF_DESCRIBE } from '../../../lib/page/fields';
import { absent, closed, conversation, findingsOf, review, value } from './snapshot-builder';

describe('Person Details form', () => {
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

  it('pd.self-describe-missing fires for self-describe with an empty box, for gender and orientation', () => {
    const s = conversation(
      value('pd.gender', SELF_DESCRIBE),
      value('pd.gender.selfDescribe', null),
      value('pd.sexualOrientation', SELF_DESCRIBE),
      value('pd.sexualOrientation.selfDescribe', ' '),
    );
    const f = findingsOf('pd.self-describe-missing', s);
    expect(f.map((x) => [x.field, x.severity])).toEqual([
      ['pd.gender.selfDescribe', 'warning'],
      ['pd.sexualOrientation.selfDescribe', 'warning'],
    ]);
  });

  it('pd.self-describe-missing stays quiet where the form offers no box, or the box is filled, or another answer is chosen', () => {
    expect(
      findingsOf(
        'pd.self-describe-missing',
        conversation(value('pd.gender', SELF_DESCRIBE), closed('pd.gender.selfDescribe')),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'pd.self-describe-missing',
        conversation(value('pd.gender', SELF_DESCRIBE), value('pd.gender.selfDescribe', 'Agender')),
      ),
    ).toEqual([]);
    expect(
      findingsOf('pd.self-describe-missing', conversation(value('pd.gender.selfDescribe', null))),
    ).toEqual([]);
  });
});
