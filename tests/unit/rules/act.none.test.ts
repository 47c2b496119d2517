/** act.none (lib/rules/act.none.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, review } from './snapshot-builder';
import { actions } from './next-actions-builder';

describe('act.none', () => {
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
});
