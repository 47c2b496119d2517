/** act.nfa-reason-missing (lib/rules/act.nfa-reason-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf } from './snapshot-builder';
import { actions, nfa, noFunds } from './next-actions-builder';

describe('act.nfa-reason-missing', () => {
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
});
