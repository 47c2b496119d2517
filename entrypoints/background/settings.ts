/**
 * The effective settings for the other scripts: the organisation's policy (chrome.storage.managed)
 * over the user's choices (chrome.storage.local, key `settings`) over the defaults. Both layers
 * are checked key by key on every read (lib/settings/merge.ts). When either changes, the other
 * background modules are told and every tab gets `settings-changed`.
 */
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import {
  mergeSettings,
  userLayerToStore,
  validateLayer,
  type EffectiveSettings,
} from '@/lib/settings/merge';
import { handle } from './router';
import { tellTabs } from './tell-tabs';
import { TAUGHT_LABELS_KEY } from './taught-labels';

/** storage.local key of the user's own choices: only the keys that differ from the defaults. */
const USER_SETTINGS_KEY = 'settings';

/** The user's choices as stored (checked by `mergeSettings` on every read). */
export async function readUserSettings(): Promise<unknown> {
  return (await browser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY] ?? {};
}

/**
 * The test build (`wxt build --mode test`, used by the browser tests only) reads the policy from
 * this key of storage.local, since the managed area cannot be set from a test. The production
 * build never contains this (the condition is decided when building).
 */
export const TEST_POLICY_KEY = '__testManagedPolicy';
// (Built with `--mode test`; unit tests, which also run in mode test but are not a build, use the real managed area.)
const READS_TEST_POLICY = import.meta.env.MODE === 'test' && import.meta.env.COMMAND === 'build';

/** What the browser holds as the organisation's policy. */
async function askForPolicy(): Promise<unknown> {
  if (READS_TEST_POLICY) {
    const r = await browser.storage.local.get(TEST_POLICY_KEY);
    const policy = r[TEST_POLICY_KEY] ?? {};
    // The browser tests' stand-in for a managed area that does not answer (test build only).
    if (policy === 'never-answers') return new Promise(() => {});
    return policy;
  }
  try {
    // Chrome validates against public/managed_schema.json; Firefox without a policy may throw.
    return (await browser.storage.managed?.get(null)) ?? {};
  } catch {
    return {};
  }
}

/**
 * How long a settings read waits for the managed area. Chrome's managed area takes a few seconds
 * to answer after the browser starts, and now and then never answers at all; nothing that needs
 * the settings (the sidebar, the badge, the checklist) may wait on it for longer than this.
 */
export const POLICY_WAIT_MS = 1000;
/** storage.local: the policy as the managed area last gave it, used while it does not answer. */
export const POLICY_COPY_KEY = 'policyCopy';

let asking: Promise<unknown> | null = null;
let askedAt = 0;
let questions = 0;
let lastPolicy: { value: unknown } | null = null;
/** The policy given out while the managed area had not answered, to compare with its answer. */
let standIn: { value: unknown } | null = null;
let warnedLate = false;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One question to the managed area at a time; its answer is remembered here and in storage.local. */
function askOnce(): Promise<unknown> {
  if (asking) return asking;
  const question = ++questions;
  askedAt = Date.now();
  asking = askForPolicy().then(async (value) => {
    // An answer to a question given up on (the policy changed since) is not used.
    if (question !== questions) return value;
    asking = null;
    const before = lastPolicy;
    lastPolicy = { value };
    if (!before || !sameJson(before.value, value)) {
      await browser.storage.local.set({ [POLICY_COPY_KEY]: value }).catch(() => {});
    }
    const given = standIn;
    standIn = null;
    // Settings were given out from the copy: if the real policy differs, everyone reads again.
    if (given && !sameJson(given.value, value)) void settingsChanged();
    return value;
  });
  return asking;
}

/** The policy changed: a question still waiting is given up, and the next read asks again. */
function forgetQuestion(): void {
  questions += 1;
  asking = null;
}

async function readPolicy(): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = Symbol('late');
  const question = askOnce();
  // A question already waiting for longer than the limit is not waited for again.
  const wait = Math.max(0, POLICY_WAIT_MS - (Date.now() - askedAt));
  const answer = await Promise.race([
    question,
    new Promise<typeof late>((resolve) => {
      timer = setTimeout(() => resolve(late), wait);
    }),
  ]);
  clearTimeout(timer);
  if (answer !== late) return answer;
  // Not answered in time: the last policy this worker saw, else the copy kept from an earlier one.
  let value: unknown = lastPolicy?.value;
  if (!lastPolicy) {
    const kept = await browser.storage.local
      .get(POLICY_COPY_KEY)
      .catch(() => ({}) as Record<string, unknown>);
    value = kept[POLICY_COPY_KEY] ?? {};
    if (!warnedLate)
      console.warn(
        "Mosaic Companion: the browser has not given the organisation's settings yet; using the last ones it gave.",
      );
    warnedLate = true;
  }
  standIn = { value };
  return value;
}

let lastLogged = '';
function logProblems(state: EffectiveSettings): void {
  const text = state.problems
    .map((p) => `${p.layer === 'policy' ? 'Policy' : 'Saved setting'} ignored: ${p.message}`)
    .join('\n');
  if (text && text !== lastLogged) console.warn(`Mosaic Companion settings:\n${text}`);
  lastLogged = text;
}

export async function getSettingsState(): Promise<EffectiveSettings> {
  const [policy, user] = await Promise.all([readPolicy(), readUserSettings()]);
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
  await tellTabs(message);
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
  await browser.storage.local.set({
    [USER_SETTINGS_KEY]: userLayerToStore({ ...DEFAULT_SETTINGS, ...layer.values }, locked),
  });
  return { ok: true };
}

export function registerSettings(): void {
  handle('get-settings', async () => getEffectiveSettings());
  handle('get-settings-state', async () => getSettingsState());
  handle('save-settings', async (msg) => saveUserSettings(msg.settings));

  browser.storage.onChanged.addListener((changes, area) => {
    const relevant =
      area === 'managed' ||
      (area === 'local' &&
        (USER_SETTINGS_KEY in changes ||
          TAUGHT_LABELS_KEY in changes ||
          (READS_TEST_POLICY && TEST_POLICY_KEY in changes)));
    if (relevant) {
      if (area === 'managed' || (READS_TEST_POLICY && TEST_POLICY_KEY in changes)) forgetQuestion();
      void settingsChanged();
    }
  });
}
