// @vitest-environment happy-dom
/**
 * A person summary whose "Service user groups" heading carries a Change link, followed by a table
 * without a header row: the rows are read by position and handed to the rules, which find the
 * primary group in whatever cell says "(primary)".
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { runRules } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { htmlDocument } from '../helpers';

const SUMMARY = `<body>
<div class="topbar"><span>Logged in as Jo Worker</span></div>
<h2 class="ps-title">Person summary - Ms Rita Bell (4410023) born 3 Mar 1958 (68 years old)</h2>
<div class="panel">
  <h3>Service user groups <a href="#">Change</a></h3>
  <table class="plain">
    <tr><td>Physical Support</td><td>Personal care support (primary)</td><td>From 04/05/2019</td></tr>
    <tr><td>Carer</td><td>No sub-group recorded</td><td>From 11/01/2024</td></tr>
  </table>
</div>
<div class="panel"><h3>Employment status</h3><p>Retired</p></div>
</body>`;

const CTX = { settings: DEFAULT_SETTINGS, today: '2026-12-02', waitingReviews: [] };

describe('service user groups in a table without headers, under a heading with a Change link', () => {
  const s = readPage(htmlDocument(SUMMARY)).snapshot;

  it('reads each row by position', () => {
    expect(s.kind).toBe('person-summary');
    const groups = s.fields.serviceUserGroups;
    expect(groups.found).toBe(true);
    expect(groups.rows.map((r) => r.cells)).toEqual([
      {
        group: 'Physical Support',
        subGroup: 'Personal care support (primary)',
        from: 'From 04/05/2019',
      },
      { group: 'Carer', subGroup: 'No sub-group recorded', from: 'From 11/01/2024' },
    ]);
  });

  it('says the Carer group is not the primary one, not that it is missing', () => {
    const ids = runRules(s, CTX).map((f) => f.ruleId);
    expect(ids).toContain('wf.carer-group-not-primary');
    expect(ids).not.toContain('wf.carer-group-missing');
  });
});
