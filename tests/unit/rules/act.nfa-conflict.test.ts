/** act.nfa-conflict (lib/rules/act.nfa-conflict.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { conversation, findingsOf } from './snapshot-builder';
import { actions, carersReview, nfa, noFunds, purchase } from './next-actions-builder';

describe('act.nfa-conflict', () => {
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
});
