/** act.purchase-not-self (lib/rules/act.purchase-not-self.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { sameName } from '../../../lib/rules/common/actions';
import { conversation, findingsOf } from './snapshot-builder';
import { actions, carersReview, purchase } from './next-actions-builder';

describe('act.purchase-not-self', () => {
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
});
