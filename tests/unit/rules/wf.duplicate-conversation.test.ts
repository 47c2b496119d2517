/** wf.duplicate-conversation (lib/rules/wf.duplicate-conversation.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, ctx, findingsOf, PERSON, review } from './snapshot-builder';

describe('wf.duplicate-conversation', () => {
  it('wf.duplicate-conversation fires on a Conversation for a person with a Carers Review waiting', () => {
    const f = findingsOf(
      'wf.duplicate-conversation',
      conversation(),
      ctx({ waitingReviews: ['1', PERSON.id] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].field).toBeNull();
    expect(f[0].message).toContain(
      '“Please do not start a new Carer Conversation workflow step from ‘Start’, as this would create duplication.”',
    );
  });

  it('wf.duplicate-conversation stays quiet without a waiting review, on a Review, or without a person id', () => {
    expect(
      findingsOf('wf.duplicate-conversation', conversation(), ctx({ waitingReviews: ['999'] })),
    ).toEqual([]);
    expect(
      findingsOf('wf.duplicate-conversation', review(), ctx({ waitingReviews: [PERSON.id] })),
    ).toEqual([]);
    const s = conversation();
    s.person = { id: null, name: null };
    expect(
      findingsOf('wf.duplicate-conversation', s, ctx({ waitingReviews: [PERSON.id] })),
    ).toEqual([]);
  });
});
