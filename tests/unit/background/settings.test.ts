import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { getEffectiveSettings, getSettingsState, saveUserSettings, userSettingsItem } from '@/entrypoints/background/settings';

describe('background settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are the defaults with nothing stored', async () => {
    expect(await getEffectiveSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('store only the user’s real choices, checked again', async () => {
    expect(await saveUserSettings({ ...DEFAULT_SETTINGS, retentionDays: 30 })).toEqual({ ok: true });
    expect(await userSettingsItem.getValue()).toEqual({ retentionDays: 30 });
    expect((await getEffectiveSettings()).retentionDays).toBe(30);

    const bad = await saveUserSettings({ retentionDays: -1 });
    expect(bad.ok).toBe(false);
    expect(await userSettingsItem.getValue()).toEqual({ retentionDays: 30 });
  });

  it('validate what is stored on every read: a bad stored key falls back alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 'x', initialsOnly: true } });
    const state = await getSettingsState();
    expect(state.settings.retentionDays).toBe(90);
    expect(state.settings.initialsOnly).toBe(true);
    expect(state.problems).toEqual([expect.objectContaining({ layer: 'user', key: 'retentionDays' })]);
  });

  it('take the policy over the user’s choice and never store a policy-fixed key', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 14, teams: 5 });
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 60 } });
    const state = await getSettingsState();
    expect(state.settings.retentionDays).toBe(14);
    expect(state.locked).toEqual(['retentionDays']);
    expect(state.problems.map((p) => p.key)).toEqual(['teams']);

    await saveUserSettings({ ...DEFAULT_SETTINGS, retentionDays: 200, initialsOnly: true });
    expect(await userSettingsItem.getValue()).toEqual({ initialsOnly: true });
  });
});
