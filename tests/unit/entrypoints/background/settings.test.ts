import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import {
  getEffectiveSettings,
  getSettingsState,
  saveUserSettings,
  readUserSettings,
} from '@/entrypoints/background/settings';

describe('background settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are the defaults with nothing stored', async () => {
    expect(await getEffectiveSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('store only the user’s real choices, checked again', async () => {
    expect(await saveUserSettings({ ...DEFAULT_SETTINGS, retentionDays: 30 })).toEqual({
      ok: true,
    });
    expect(await readUserSettings()).toEqual({ retentionDays: 30 });
    expect((await getEffectiveSettings()).retentionDays).toBe(30);

    const bad = await saveUserSettings({ retentionDays: -1 });
    expect(bad.ok).toBe(false);
    expect(await readUserSettings()).toEqual({ retentionDays: 30 });
  });

  it('validate what is stored on every read: a bad stored key falls back alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 'x', initialsOnly: true } });
    const state = await getSettingsState();
    expect(state.settings.retentionDays).toBe(90);
    expect(state.settings.initialsOnly).toBe(true);
    expect(state.problems).toEqual([
      expect.objectContaining({ layer: 'user', key: 'retentionDays' }),
    ]);
  });

  it('take the policy over the user’s choice and never store a policy-fixed key', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 14, teams: 5 });
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 60 } });
    const state = await getSettingsState();
    expect(state.settings.retentionDays).toBe(14);
    expect(state.locked).toEqual(['retentionDays']);
    expect(state.problems.map((p) => p.key)).toEqual(['teams']);

    await saveUserSettings({ ...DEFAULT_SETTINGS, retentionDays: 200, initialsOnly: true });
    expect(await readUserSettings()).toEqual({ initialsOnly: true });
  });
});

/** A fresh copy of the module: what a service worker woken again starts with. */
async function freshSettingsModule() {
  vi.resetModules();
  return import('@/entrypoints/background/settings');
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A worker started again while the managed area answers only when `slow.resolve` is called: the
 * module, a listener for settings changes, and a first read given the time limit to run out.
 */
async function startWithSlowPolicy() {
  const slow = deferred<Record<string, unknown>>();
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(slow.promise as never);
  const settings = await freshSettingsModule();
  const changed = vi.fn();
  settings.onSettingsChanged(changed);
  const reading = settings.getSettingsState();
  await vi.advanceTimersByTimeAsync(settings.POLICY_WAIT_MS);
  return { slow, settings, changed, state: await reading };
}

describe('background settings when the managed area does not answer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('use the policy it last gave, and read again when it answers with another', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 14 });
    const first = await freshSettingsModule();
    expect((await first.getSettingsState()).settings.retentionDays).toBe(14);

    // The browser starts again; this time the managed area is slow.
    const { slow, settings, changed, state } = await startWithSlowPolicy();
    expect(state.settings.retentionDays).toBe(14);
    expect(state.locked).toEqual(['retentionDays']);
    expect(changed).not.toHaveBeenCalled();

    // A question already late is not waited for again.
    const again = settings.getSettingsState();
    await vi.advanceTimersByTimeAsync(0);
    expect((await again).settings.retentionDays).toBe(14);

    slow.resolve({ retentionDays: 21 });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    vi.mocked(fakeBrowser.storage.managed.get).mockResolvedValue({ retentionDays: 21 } as never);
    expect((await settings.getSettingsState()).settings.retentionDays).toBe(21);
    expect(
      (await fakeBrowser.storage.local.get(settings.POLICY_COPY_KEY))[settings.POLICY_COPY_KEY],
    ).toEqual({ retentionDays: 21 });
  });

  it('announce no change when the late answer is the policy already used', async () => {
    await fakeBrowser.storage.local.set({ policyCopy: { initialsOnly: true } });
    const { slow, changed, state } = await startWithSlowPolicy();
    expect(state.settings.initialsOnly).toBe(true);
    slow.resolve({ initialsOnly: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(changed).not.toHaveBeenCalled();
  });

  it('with no policy ever given, use the worker’s own choices over the defaults; a bad copy is checked like a policy', async () => {
    await fakeBrowser.storage.local.set({
      settings: { retentionDays: 60 },
      policyCopy: { retentionDays: 'soon' },
    });
    const { state } = await startWithSlowPolicy();
    expect(state.settings.retentionDays).toBe(60);
    expect(state.locked).toEqual([]);
    expect(state.problems).toEqual([
      expect.objectContaining({ layer: 'policy', key: 'retentionDays' }),
    ]);
  });

  it('ask again after the policy changes, and never use an answer to a question given up on', async () => {
    const { slow, settings } = await startWithSlowPolicy();
    settings.registerSettings();

    vi.mocked(fakeBrowser.storage.managed.get).mockResolvedValue({ retentionDays: 30 } as never);
    await fakeBrowser.storage.onChanged.trigger({ retentionDays: { newValue: 30 } }, 'managed');
    expect((await settings.getSettingsState()).settings.retentionDays).toBe(30);
    slow.resolve({ retentionDays: 7 });
    await vi.advanceTimersByTimeAsync(0);
    expect((await settings.getSettingsState()).settings.retentionDays).toBe(30);
  });
});
