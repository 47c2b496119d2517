/** wf.employment-status-missing (lib/rules/wf.employment-status-missing.ts): when it fires and when it stays quiet. */
import { describe, expect, it } from 'vitest';
import { absent, conversation, findingsOf, summary, value } from './snapshot-builder';

describe('wf.employment-status-missing', () => {
  it.each([null, 'Not recorded', 'None recorded', 'No employment status recorded'])(
    'wf.employment-status-missing fires for %j',
    (v) => {
      const f = findingsOf('wf.employment-status-missing', summary(value('employmentStatus', v)));
      expect(f).toHaveLength(1);
      expect(f[0].field).toBe('employmentStatus');
    },
  );

  it('wf.employment-status-missing stays quiet when recorded, not found, or on a step', () => {
    expect(findingsOf('wf.employment-status-missing', summary())).toEqual([]);
    expect(findingsOf('wf.employment-status-missing', summary(absent('employmentStatus')))).toEqual(
      [],
    );
    expect(
      findingsOf('wf.employment-status-missing', conversation(value('employmentStatus', null))),
    ).toEqual([]);
  });
});
