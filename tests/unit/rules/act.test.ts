/** Next actions. */
import { describe, expect, it } from 'vitest';
import { ACTIONS, NFA_OTHER } from '../../../lib/page/fields';
import { sameName } from '../../../lib/rules/common/actions';
import {
  absent,
  conversation,
  ctx,
  findingsOf,
  IN_A_YEAR,
  ME,
  review,
  rows,
  value,
} from './snapshot-builder';

const purchase = (over: Record<string, string> = {}) => ({
  action: ACTIONS.purchase,
  worker: ME,
  ...over,
});
const carersReview = (over: Record<string, string> = {}) => ({
  action: ACTIONS.review,
  scheduledDate: IN_A_YEAR,
  team: 'Camden Carers Service',
  ...over,
});
const nfa = (over: Record<string, string> = {}) => ({
  action: ACTIONS.nfa,
  reason: 'Respite provided only',
  ...over,
});
const actions = (...list: Array<Record<string, string>>) => rows('nextActions', list);
const noFunds = [value('fundsRequired', 'No'), rows('supportPlan', [{ want: 'a', support: 'b' }])];

describe('Next actions', () => {
  it('act.none fires when no action is added, naming the tab', () => {
    const f = findingsOf('act.none', conversation(actions()));
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe('nextActions');
    expect(f[0].message).toContain('‘Privacy Notice’ tab');
    expect(findingsOf('act.none', review(actions()))[0].message).toContain(
      '‘Next actions form’ tab',
    );
  });

  it('act.none stays quiet with an action, or when the next actions were not found', () => {
    expect(findingsOf('act.none', conversation())).toEqual([]);
    expect(findingsOf('act.none', conversation(absent('nextActions')))).toEqual([]);
  });

  it('act.nfa-reason-missing fires for No Further Action without a Reason (also "-- Please Select --")', () => {
    const f = findingsOf(
      'act.nfa-reason-missing',
      conversation(
        ...noFunds,
        actions(nfa({ reason: '' }), nfa({ reason: '-- Please Select --' })),
      ),
    );
    expect(f.map((x) => [x.row, x.control])).toEqual([
      [0, 'nextActions#0'],
      [1, 'nextActions#1'],
    ]);
  });

  it('act.nfa-reason-missing stays quiet with a reason', () => {
    expect(findingsOf('act.nfa-reason-missing', conversation(...noFunds, actions(nfa())))).toEqual(
      [],
    );
  });

  it('act.nfa-other-note-missing fires for the Other reason with an empty Note', () => {
    const f = findingsOf(
      'act.nfa-other-note-missing',
      conversation(...noFunds, actions(nfa({ reason: NFA_OTHER }))),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/Note box to elaborate/);
  });

  it('act.nfa-other-note-missing stays quiet with a Note, or another reason', () => {
    expect(
      findingsOf(
        'act.nfa-other-note-missing',
        conversation(...noFunds, actions(nfa({ reason: NFA_OTHER, note: 'Moving abroad' }))),
      ),
    ).toEqual([]);
    expect(
      findingsOf('act.nfa-other-note-missing', conversation(...noFunds, actions(nfa()))),
    ).toEqual([]);
  });

  it('act.nfa-conflict fires for No Further Action with Purchase Service or Carers Review', () => {
    const f = findingsOf(
      'act.nfa-conflict',
      conversation(actions(purchase(), carersReview(), nfa())),
    );
    expect(f).toHaveLength(1);
    expect(f[0].row).toBe(2);
    expect(f[0].message).toContain('Purchase Service (Personal Budget) and Carers Review');
    expect(
      findingsOf('act.nfa-conflict', conversation(...noFunds, actions(nfa(), carersReview()))),
    ).toHaveLength(1);
  });

  it('act.nfa-conflict stays quiet for No Further Action alone, or without it', () => {
    expect(findingsOf('act.nfa-conflict', conversation(...noFunds, actions(nfa())))).toEqual([]);
    expect(findingsOf('act.nfa-conflict', conversation())).toEqual([]);
  });

  it('act.budget-needs-purchase fires for funds = Yes without Purchase Service', () => {
    expect(
      findingsOf('act.budget-needs-purchase', conversation(actions(carersReview()))),
    ).toHaveLength(1);
    expect(findingsOf('act.budget-needs-purchase', review(actions()))).toHaveLength(1);
  });

  it('act.budget-needs-purchase stays quiet with Purchase Service (any case), without funds, or actions not found', () => {
    expect(
      findingsOf(
        'act.budget-needs-purchase',
        conversation(
          actions(purchase({ action: 'Purchase service (Personal Budget)' }), carersReview()),
        ),
      ),
    ).toEqual([]);
    expect(
      findingsOf('act.budget-needs-purchase', conversation(...noFunds, actions(nfa()))),
    ).toEqual([]);
    expect(findingsOf('act.budget-needs-purchase', conversation(absent('nextActions')))).toEqual(
      [],
    );
  });

  it('act.budget-needs-review fires for funds = Yes without Carers Review', () => {
    const f = findingsOf('act.budget-needs-review', conversation(actions(purchase())));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/reviewed in a year’s time/);
  });

  it('act.budget-needs-review stays quiet with Carers Review, or without funds', () => {
    expect(findingsOf('act.budget-needs-review', conversation())).toEqual([]);
    expect(findingsOf('act.budget-needs-review', conversation(...noFunds, actions(nfa())))).toEqual(
      [],
    );
  });

  it('act.purchase-not-self fires when Purchase Service is passed to someone else', () => {
    const f = findingsOf(
      'act.purchase-not-self',
      conversation(actions(purchase({ worker: 'Alex Other' }), carersReview())),
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('Alex Other');
    expect(f[0].message).toMatch(/Assign To Me/);
  });

  it('act.purchase-not-self stays quiet for the logged-in worker however written, or when either name is unknown', () => {
    for (const w of ['Sam Worker', 'WORKER, Sam', 'Ms Sam Worker', 'sam  worker', 'Sam J. Worker'])
      expect(
        findingsOf(
          'act.purchase-not-self',
          conversation(actions(purchase({ worker: w }), carersReview())),
        ),
        w,
      ).toEqual([]);
    expect(
      findingsOf(
        'act.purchase-not-self',
        conversation(actions(purchase({ worker: '' }), carersReview())),
      ),
    ).toEqual([]);
    const s = conversation(actions(purchase({ worker: 'Alex Other' }), carersReview()));
    s.worker = null;
    expect(findingsOf('act.purchase-not-self', s)).toEqual([]);
  });

  it('compares names sensibly', () => {
    expect(sameName('Sam Worker', 'Samantha Worker')).toBe(false);
    expect(sameName('Worker', 'Sam Worker')).toBe(false);
    expect(sameName('Dr Sam Worker (Camden Carers Service)', 'sam worker')).toBe(true);
  });

  it('act.purchase-without-funds fires for Purchase Service while funds are not Yes', () => {
    for (const funds of ['No', null]) {
      const f = findingsOf(
        'act.purchase-without-funds',
        conversation(value('fundsRequired', funds), actions(purchase(), carersReview())),
      );
      expect(f).toHaveLength(1);
      expect(f[0].row).toBe(0);
    }
  });

  it('act.purchase-without-funds stays quiet with funds = Yes, or without Purchase Service', () => {
    expect(findingsOf('act.purchase-without-funds', conversation())).toEqual([]);
    expect(
      findingsOf('act.purchase-without-funds', conversation(...noFunds, actions(nfa()))),
    ).toEqual([]);
  });

  it('act.review-team-missing fires for a Carers Review without a team', () => {
    const f = findingsOf(
      'act.review-team-missing',
      conversation(actions(purchase(), carersReview({ team: '-- Please select --' }))),
    );
    expect(f).toHaveLength(1);
    expect(f[0].row).toBe(1);
  });

  it('act.review-team-missing stays quiet with a team', () => {
    expect(findingsOf('act.review-team-missing', review())).toEqual([]);
  });

  it.each(['', '10/03/2025', '09/02/2026', '11/04/2026', '31/02/2026', 'next year'])(
    'act.review-date-off fires for the scheduled date %j (today 10/03/2025)',
    (date) => {
      const f = findingsOf(
        'act.review-date-off',
        conversation(actions(purchase(), carersReview({ scheduledDate: date }))),
      );
      expect(f).toHaveLength(1);
      expect(f[0].severity).toBe('warning');
      expect(f[0].message).toContain('between 10/02/2026 and 10/04/2026');
    },
  );

  it.each(['10/02/2026', '10/03/2026', '10/04/2026', '1/3/2026', '2026-03-10'])(
    'act.review-date-off stays quiet for the scheduled date %j (today 10/03/2025)',
    (date) => {
      expect(
        findingsOf(
          'act.review-date-off',
          conversation(actions(purchase(), carersReview({ scheduledDate: date }))),
        ),
      ).toEqual([]);
    },
  );

  it('act.review-date-off stays quiet without a Carers Review, and uses ctx.today (month ends clamp)', () => {
    expect(findingsOf('act.review-date-off', conversation(...noFunds, actions(nfa())))).toEqual([]);
    const s = conversation(actions(purchase(), carersReview({ scheduledDate: '28/02/2025' })));
    expect(findingsOf('act.review-date-off', s, ctx({ today: '2024-03-31' }))).toEqual([]);
    const early = conversation(actions(purchase(), carersReview({ scheduledDate: '27/02/2025' })));
    expect(findingsOf('act.review-date-off', early, ctx({ today: '2024-03-31' }))).toHaveLength(1);
  });
});
