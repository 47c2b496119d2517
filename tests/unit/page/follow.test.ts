/** Following a live page (lib/page/follow.ts): when a look changes anything, and how often to look. */
import { describe, expect, it } from 'vitest';
import {
  afterLook,
  checkedFound,
  lookDelay,
  lookGap,
  sameFound,
  type Found,
} from '@/lib/page/follow';

const conversation: Found = {
  kind: 'carers-conversation',
  personId: '2204451',
  personName: 'Timothy Guide',
};
const review: Found = { ...conversation, kind: 'carers-review' };
const ras: Found = {
  kind: 'work-step',
  personId: '3300202',
  personName: 'Bella Sample',
  stepName: 'RAS assessment',
  caseKind: 'ras',
};

describe('sameFound', () => {
  it('is the same page only with the same kind, person and step', () => {
    expect(sameFound(conversation, { ...conversation })).toBe(true);
    expect(sameFound(null, null)).toBe(true);
    expect(sameFound(conversation, review)).toBe(false);
    expect(sameFound(conversation, { ...conversation, personId: '2204452' })).toBe(false);
    expect(sameFound(conversation, { ...conversation, personName: 'Tim Guide' })).toBe(false);
    expect(sameFound(conversation, null)).toBe(false);
    expect(sameFound(null, ras)).toBe(false);
    expect(sameFound(ras, { ...ras, stepName: 'Reablement assessment' })).toBe(false);
    expect(sameFound(ras, { ...ras, caseKind: 'reablement' })).toBe(false);
  });
});

describe('afterLook', () => {
  it('does nothing when the page is the same page', () => {
    expect(afterLook(conversation, { ...conversation }, true)).toBe('nothing');
    expect(afterLook(conversation, { ...conversation }, false)).toBe('nothing');
    expect(afterLook(null, null, true)).toBe('nothing');
  });

  it('tells the running sidebar of another page, or of none', () => {
    expect(afterLook(conversation, review, true)).toBe('tell');
    expect(afterLook(conversation, null, true)).toBe('tell');
    expect(afterLook(null, ras, true)).toBe('tell');
  });

  it('loads the sidebar only when there is a page for it and none runs yet', () => {
    expect(afterLook(null, conversation, false)).toBe('load');
    expect(afterLook(conversation, review, false)).toBe('load');
    expect(afterLook(conversation, null, false)).toBe('nothing');
  });
});

describe('lookDelay', () => {
  it('looks at once the first time and once the gap has passed', () => {
    expect(lookDelay(1000, null, 400)).toBe(0);
    expect(lookDelay(1400, 1000, 400)).toBe(0);
    expect(lookDelay(5000, 1000, 400)).toBe(0);
  });

  it('waits for the rest of the gap, never longer than the gap', () => {
    expect(lookDelay(1100, 1000, 400)).toBe(300);
    expect(lookDelay(1000, 1000, 400)).toBe(400);
    // a clock that went back: still at most one gap
    expect(lookDelay(0, 1000, 400)).toBe(400);
  });
});

describe('lookGap', () => {
  it('looks every 400 ms where looking is cheap', () => {
    expect(lookGap(0)).toBe(400);
    expect(lookGap(4)).toBe(400);
  });

  it('keeps looking to a hundredth of the time where a look is dear, up to 1.5 s', () => {
    expect(lookGap(6)).toBe(600);
    expect(lookGap(10)).toBe(1000);
    expect(lookGap(200)).toBe(1500);
  });
});

describe('checkedFound', () => {
  it('takes a checked page or a casework step, with only its own keys', () => {
    expect(checkedFound({ ...conversation, extra: 1 })).toEqual(conversation);
    expect(checkedFound(ras)).toEqual(ras);
  });

  it('refuses anything else', () => {
    for (const x of [
      null,
      undefined,
      'carers-review',
      { ...conversation, kind: 'safeguarding' },
      { ...conversation, personId: '22-04' },
      { ...conversation, personId: 2204451 },
      { ...conversation, personName: 'x'.repeat(301) },
      { ...ras, caseKind: 'other' },
      { ...ras, stepName: undefined },
    ])
      expect(checkedFound(x)).toBeNull();
  });
});
