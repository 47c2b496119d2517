/** s1.gp-contact-missing (lib/rules/s1.gp-contact-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, closed, conversation, findingsOf, value } from './snapshot-builder';

describe('s1.gp-contact-missing', () => {
  it('s1.gp-contact-missing fires when the GP does not know and the contact question is unanswered', () => {
    const f = findingsOf(
      's1.gp-contact-missing',
      conversation(value('gpKnows', 'No'), value('gpContact', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('gpContact');
  });

  it('s1.gp-contact-missing fires by the answers, even if the page happens to show the question closed', () => {
    const s = conversation(value('gpKnows', 'No'), value('gpContact', null));
    s.fields.gpContact.shown = false;
    expect(findingsOf('s1.gp-contact-missing', s)).toHaveLength(1);
  });

  it('s1.gp-contact-missing stays quiet when the GP knows, or GP knows is unanswered, or it is answered', () => {
    expect(
      findingsOf(
        's1.gp-contact-missing',
        conversation(value('gpKnows', 'Yes'), value('gpContact', null)),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.gp-contact-missing',
        conversation(value('gpKnows', null), value('gpContact', null)),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.gp-contact-missing',
        conversation(value('gpKnows', 'No'), value('gpContact', 'No')),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's1.gp-contact-missing',
        conversation(value('gpKnows', 'No'), absent('gpContact')),
      ),
    ).toEqual([]);
    expect(findingsOf('s1.gp-contact-missing', conversation(closed('gpContact')))).toEqual([]);
  });
});
