/** act.nfa-other-note-missing (lib/rules/act.nfa-other-note-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { NFA_OTHER } from '../../../lib/page/fields';
import { conversation, findingsOf } from './snapshot-builder';
import { actions, nfa, noFunds } from './next-actions-builder';

describe('act.nfa-other-note-missing', () => {
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
});
