/** pd.self-describe-missing (lib/rules/pd.self-describe-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { SELF_DESCRIBE } from '../../../lib/page/fields';
import { closed, conversation, findingsOf, value } from './snapshot-builder';

describe('pd.self-describe-missing', () => {
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
