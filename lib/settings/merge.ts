/**
 * The effective settings: the organisation's policy over the user's choices over the defaults,
 * key by key. Each layer is checked on its own and key by key: a bad key is ignored (with a reason
 * the caller can log or show) and never spoils the other keys or the other layer.
 */
import * as z from 'zod/mini';
import { stepNamesPlace } from './step-names';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEYS,
  SettingsSchema,
  type Settings,
  type SettingsKey,
} from './schema';

/** What each setting is called in messages and on the options page. */
export const SETTING_NAMES: Record<SettingsKey, string> = {
  mosaicAddresses: 'Mosaic addresses',
  personAddressPattern: 'Person page address',
  budgetTable: 'Budget table',
  budgetTableIsCouncils: 'Budget table is the council’s own',
  teams: 'Teams',
  closureDays: 'Closure days',
  reminderTime: 'Reminder time',
  reminderEnabled: 'Daily reminder',
  reminderDays: 'Reminder days',
  retentionDays: 'Days to keep closed cases',
  initialsOnly: 'Names or initials',
  stepNames: 'Casework step names',
  rules: 'Checks',
  labelOverrides: 'Field labels',
};

export type Layer = 'policy' | 'user' | 'file';

export interface LayerProblem {
  layer: Layer;
  key: string;
  message: string;
}

export interface LayerResult {
  values: Partial<Settings>;
  problems: LayerProblem[];
}

export interface EffectiveSettings {
  settings: Settings;
  /** Keys fixed by the organisation's policy: shown read-only, never taken from the user. */
  locked: SettingsKey[];
  /** Keys of the policy or the stored user settings that were ignored, and why. */
  problems: LayerProblem[];
}

function isSettingsKey(key: string): key is SettingsKey {
  return (SETTINGS_KEYS as string[]).includes(key);
}

/** A zod error as one plain sentence, with where in the value it is (row and column for tables). */
export function describeIssue(key: SettingsKey, error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${SETTING_NAMES[key]}: not valid.`;
  const where: string[] = [];
  const path = issue.path.filter((p) => typeof p === 'number' || typeof p === 'string');
  if (key === 'budgetTable' && path.length >= 1) {
    where.push(`row ${String(path[0])}`);
    if (path.length >= 2) where.push(`column ${String(path[1])}`);
  } else if ((key === 'rules' || key === 'labelOverrides') && path.length >= 1) {
    where.push(`"${String(path[0])}"`);
  } else if (key === 'stepNames' && path.length >= 1) {
    where.push(stepNamesPlace(path));
  } else if (path.length >= 1 && typeof path[0] === 'number') {
    where.push(`item ${path[0] + 1}`);
  }
  let message = issue.message;
  if (issue.code === 'invalid_type') {
    message = `expected ${describeExpected(issue.expected)}`;
  }
  return `${SETTING_NAMES[key]}${where.length ? ` (${where.join(', ')})` : ''}: ${message}`;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a set of named values';
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    default:
      return expected;
  }
}

/** Checks one layer key by key. Unknown keys are reported and ignored. */
export function validateLayer(input: unknown, layer: Layer): LayerResult {
  const values: Partial<Record<SettingsKey, unknown>> = {};
  const problems: LayerProblem[] = [];
  if (input === undefined || input === null) return { values: {}, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({
      layer,
      key: '',
      message: 'The settings must be a set of named values (a JSON object).',
    });
    return { values: {}, problems };
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (!isSettingsKey(key)) {
      problems.push({ layer, key, message: `"${key}" is not a setting of Mosaic Companion.` });
      continue;
    }
    if (value === undefined || value === null) continue;
    const r = SettingsSchema.shape[key].safeParse(value);
    if (r.success) values[key] = r.data;
    else problems.push({ layer, key, message: describeIssue(key, r.error) });
  }
  return { values: values as Partial<Settings>, problems };
}

/** Policy over user over defaults, key by key, with the keys the policy fixes. */
export function mergeSettings(policy: unknown, user: unknown): EffectiveSettings {
  const p = validateLayer(policy, 'policy');
  const u = validateLayer(user, 'user');
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of SETTINGS_KEYS) {
    if (key in u.values) settings[key] = u.values[key];
  }
  const locked: SettingsKey[] = [];
  for (const key of SETTINGS_KEYS) {
    if (key in p.values) {
      settings[key] = p.values[key];
      locked.push(key);
    }
  }
  return { settings: settings as Settings, locked, problems: [...p.problems, ...u.problems] };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What to store as the user's choices: the keys that differ from the defaults and are not fixed by
 * policy. Keeping only real choices lets a later version's better defaults reach the user.
 */
export function userLayerToStore(
  settings: Settings,
  locked: readonly SettingsKey[],
): Partial<Settings> {
  const out: Partial<Record<SettingsKey, unknown>> = {};
  for (const key of SETTINGS_KEYS) {
    if (locked.includes(key)) continue;
    if (!sameValue(settings[key], DEFAULT_SETTINGS[key])) out[key] = settings[key];
  }
  return out as Partial<Settings>;
}
