/** Section 2: the conversation. */
import { describe, expect, it } from 'vitest';
import { absent, areas, closed, conversation, findingsOf, review, value } from './snapshot-builder';

const SEVEN: Array<[string, string]> = [1, 2, 3, 4, 5, 6, 7].map((n) => [`Area ${n}`, `Text ${n}`]);

describe('Section 2', () => {
  it('s2.contact-method-missing fires when not selected', () => {
    expect(
      findingsOf('s2.contact-method-missing', conversation(value('contactMethod', null))),
    ).toHaveLength(1);
  });

  it('s2.contact-method-missing stays quiet when selected or not found', () => {
    expect(findingsOf('s2.contact-method-missing', conversation())).toEqual([]);
    expect(findingsOf('s2.contact-method-missing', conversation(absent('contactMethod')))).toEqual(
      [],
    );
  });

  it('s2.views-missing fires when unanswered', () => {
    expect(findingsOf('s2.views-missing', review(value('viewsConsidered', null)))).toHaveLength(1);
  });

  it('s2.views-missing stays quiet when answered', () => {
    expect(findingsOf('s2.views-missing', review())).toEqual([]);
  });

  it('s2.views-reason-missing fires for No without a reason', () => {
    const f = findingsOf(
      's2.views-reason-missing',
      conversation(value('viewsConsidered', 'No'), value('viewsNotConsideredReason', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('viewsNotConsideredReason');
  });

  it('s2.views-reason-missing stays quiet for Yes, for No with a reason, or when the reason box was not found', () => {
    expect(
      findingsOf('s2.views-reason-missing', conversation(closed('viewsNotConsideredReason'))),
    ).toEqual([]);
    expect(
      findingsOf(
        's2.views-reason-missing',
        conversation(
          value('viewsConsidered', 'No'),
          value('viewsNotConsideredReason', 'Lacks capacity; no representative'),
        ),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        's2.views-reason-missing',
        conversation(value('viewsConsidered', 'No'), absent('viewsNotConsideredReason')),
      ),
    ).toEqual([]);
  });

  it('s2.conversation-text-missing fires once per empty area, pointing at the area', () => {
    const list = SEVEN.map(([l, v], i): [string, string] => [l, i === 1 || i === 4 ? '  ' : v]);
    const f = findingsOf('s2.conversation-text-missing', conversation(areas(list)));
    expect(f.map((x) => [x.field, x.control, x.row])).toEqual([
      ['conversation', 'conversation#1', 1],
      ['conversation', 'conversation#4', 4],
    ]);
    expect(f[0].message).toContain('“Area 2”');
  });

  it('s2.conversation-text-missing fires for an unlabelled area, naming it by number', () => {
    const f = findingsOf(
      's2.conversation-text-missing',
      conversation(
        areas([
          ['', 'x'],
          ['', ''],
        ]),
      ),
    );
    expect(f[0].message).toMatch(/^Text box 2 of Section 2 is empty/);
  });

  it('s2.conversation-text-missing stays quiet when every area is completed, or the areas were not found', () => {
    expect(findingsOf('s2.conversation-text-missing', conversation())).toEqual([]);
    expect(
      findingsOf('s2.conversation-text-missing', conversation(absent('conversation'))),
    ).toEqual([]);
  });

  it('s2.conversation-text-missing stays quiet about the three review boxes, even when the reader lists them as areas', () => {
    const s = review(
      areas([
        ...SEVEN,
        ['How well has my support been working since our last conversation. *', ''],
        ['Did I achieve the outcomes we previously identified? *', ''],
        ['What has changed since the last conversation?', ''],
      ]),
    );
    expect(findingsOf('s2.conversation-text-missing', s)).toEqual([]);
  });

  it('s2.review-text-missing fires once per empty review box', () => {
    const f = findingsOf(
      's2.review-text-missing',
      review(value('review.supportWorking', null), value('review.whatChanged', '')),
    );
    expect(f.map((x) => x.field)).toEqual(['review.supportWorking', 'review.whatChanged']);
  });

  it('s2.review-text-missing stays quiet when completed, and on a Conversation', () => {
    expect(findingsOf('s2.review-text-missing', review())).toEqual([]);
    expect(
      findingsOf('s2.review-text-missing', conversation(value('review.supportWorking', null))),
    ).toEqual([]);
  });

  it('s2.previous-outcomes-met-missing fires when unanswered', () => {
    const f = findingsOf(
      's2.previous-outcomes-met-missing',
      review(value('review.previousOutcomesMet', null)),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/Fully met, Partially met or Not met/);
  });

  it('s2.previous-outcomes-met-missing stays quiet when answered, or on a Conversation', () => {
    expect(findingsOf('s2.previous-outcomes-met-missing', review())).toEqual([]);
    expect(
      findingsOf(
        's2.previous-outcomes-met-missing',
        conversation(value('review.previousOutcomesMet', null)),
      ),
    ).toEqual([]);
  });
});
