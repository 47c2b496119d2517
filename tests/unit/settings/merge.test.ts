/** lib/settings/merge.ts: policy, user and default settings merged key by key. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, EXAMPLE_BUDGET_TABLE } from '@/lib/settings/schema';
import { mergeSettings, userLayerToStore, validateLayer } from '@/lib/settings/merge';

describe('merge', () => {
  it('takes policy over user over defaults, key by key, and lists the locked keys', () => {
    const r = mergeSettings({ retentionDays: 30 }, { retentionDays: 60, initialsOnly: true });
    expect(r.settings.retentionDays).toBe(30);
    expect(r.settings.initialsOnly).toBe(true);
    expect(r.settings.teams).toEqual(DEFAULT_SETTINGS.teams);
    expect(r.locked).toEqual(['retentionDays']);
    expect(r.problems).toEqual([]);
  });
  it('ignores a bad policy key with a reason, and keeps the rest of the policy', () => {
    const r = mergeSettings(
      { retentionDays: 'ninety', budgetTable: [[1, 2, 3]], teams: ['Carers Team'], colour: 'red' },
      { retentionDays: 45 },
    );
    expect(r.settings.retentionDays).toBe(45);
    expect(r.settings.budgetTable).toEqual(EXAMPLE_BUDGET_TABLE);
    expect(r.settings.teams).toEqual(['Carers Team']);
    expect(r.locked).toEqual(['teams']);
    expect(r.problems.map((p) => p.key).sort()).toEqual(['budgetTable', 'colour', 'retentionDays']);
    expect(r.problems.every((p) => p.layer === 'policy')).toBe(true);
    expect(r.problems.find((p) => p.key === 'colour')?.message).toMatch(/not a setting/);
  });
  it('ignores a bad user key without losing the others', () => {
    const r = mergeSettings(undefined, { reminderTime: '25:00', initialsOnly: true });
    expect(r.settings.reminderTime).toBe('09:00');
    expect(r.settings.initialsOnly).toBe(true);
    expect(r.problems).toEqual([expect.objectContaining({ layer: 'user', key: 'reminderTime' })]);
  });
  it('treats a policy that is not an object as no policy', () => {
    const r = mergeSettings('oops', {});
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.locked).toEqual([]);
    expect(r.problems).toHaveLength(1);
  });
  it('normalises policy addresses and refuses http ones', () => {
    const r = mergeSettings({ mosaicAddresses: ['https://mosaic.council.gov.uk/web'] }, {});
    expect(r.settings.mosaicAddresses).toEqual(['https://mosaic.council.gov.uk']);
    const bad = validateLayer({ mosaicAddresses: ['http://mosaic.council.gov.uk'] }, 'policy');
    expect(bad.values).toEqual({});
    expect(bad.problems[0].message).toMatch(/Mosaic addresses/);
  });
  it('stores only the user’s real choices, never locked keys', () => {
    const s = { ...DEFAULT_SETTINGS, retentionDays: 30, initialsOnly: true };
    expect(userLayerToStore(s, ['initialsOnly'])).toEqual({ retentionDays: 30 });
  });
});
