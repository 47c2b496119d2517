/**
 * The effective settings for the other scripts: the organisation's policy (chrome.storage.managed)
 * over the user's choices (chrome.storage.local, key `settings`) over the defaults. Both layers
 * are checked key by key on every read (lib/settings/merge.ts). When either changes, the other
 * background modules are told and every tab gets `settings-changed`.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { mergeSettings, userLayerToStore, validateLayer, type EffectiveSettings } from '@/lib/settings/merge';
import { handle } from './router';

/** The user's own choices: only the keys that differ from the defaults. */
export const userSettingsItem = storage.defineItem<Record<string, unknown>>('local:settings', { fallback: {} });

/**
 * The test build (`wxt build --mode test`, used by the browser tests only) reads the policy from
 * this key of storage.local, since the managed area cannot be set from a test. The production
 * build never contains this (the condition is decided when building).
 */
export const TEST_POLICY_KEY = '__testManagedPolicy';
// (Built with `--mode test`; unit tests, which also run in mode test but are not a build, use the real managed area.)
const READS_TEST_POLICY = import.meta.env.MODE === 'test' && import.meta.env.COMMAND === 'build';

async function readPolicy(): Promise<unknown> {
  if (READS_TEST_POLICY) {
    const r = await browser.storage.local.get(TEST_POLICY_KEY);
    return r[TEST_POLICY_KEY] ?? {};
  }
  try {
    // Chrome validates against public/managed_schema.json; Firefox without a policy may throw.
    return (await browser.storage.managed?.get(null)) ?? {};
  } catch {
    return {};
  }
}

let lastLogged = '';
function logProblems(state: EffectiveSettings): void {
  const text = state.problems.map((p) => `${p.layer === 'policy' ? 'Policy' : 'Saved setting'} ignored: ${p.message}`).join('\n');
  if (text && text !== lastLogged) console.warn(`Mosaic Companion settings:\n${text}`);
  lastLogged = text;
}

export async function getSettingsState(): Promise<EffectiveSettings> {
  const [policy, user] = await Promise.all([readPolicy(), userSettingsItem.getValue()]);
  const state = mergeSettings(policy, user);
  logProblems(state);
  return state;
}

/** The settings every other background module should use. */
export async function getEffectiveSettings(): Promise<Settings> {
  return (await getSettingsState()).settings;
}

type Listener = () => void | Promise<void>;
const listeners: Listener[] = [];

/** Call `listener` whenever the policy or the user's settings change. */
export function onSettingsChanged(listener: Listener): void {
  listeners.push(listener);
}

async function broadcast(): Promise<void> {
  const message = { type: 'settings-changed' } as const;
  // Extension pages (checklist, options); rejects when none is open.
  void browser.runtime.sendMessage(message).catch(() => {});
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => {}),
    ),
  );
}

async function settingsChanged(): Promise<void> {
  for (const listener of listeners) {
    try {
      await listener();
    } catch (error) {
      console.error('Mosaic Companion: reacting to a settings change failed', error);
    }
  }
  await broadcast();
}

export type SaveResult = { ok: true } | { ok: false; problems: string[] };

/** Stores the user's settings, after checking them again; keys fixed by policy are never stored. */
export async function saveUserSettings(input: unknown): Promise<SaveResult> {
  const layer = validateLayer(input, 'user');
  if (layer.problems.length) return { ok: false, problems: layer.problems.map((p) => p.message) };
  const { locked } = await getSettingsState();
  await userSettingsItem.setValue(userLayerToStore({ ...DEFAULT_SETTINGS, ...layer.values }, locked));
  return { ok: true };
}

export function registerSettings(): void {
  handle('get-settings', async () => getEffectiveSettings());
  handle('get-settings-state', async () => getSettingsState());
  handle('save-settings', async (msg) => saveUserSettings(msg.settings));

  browser.storage.onChanged.addListener((changes, area) => {
    const relevant =
      area === 'managed' ||
      (area === 'local' && ('settings' in changes || (READS_TEST_POLICY && TEST_POLICY_KEY in changes)));
    if (relevant) void settingsChanged();
  });
}
