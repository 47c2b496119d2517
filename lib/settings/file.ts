/**
 * Settings exported to and imported from a JSON file. An import is all or nothing: a file with any
 * problem is refused whole, with a plain message saying what is wrong, and nothing changes.
 */
import { z } from 'zod';
import { SETTINGS_KEYS, type Settings, type SettingsKey } from './schema';
import { SETTING_NAMES, validateLayer } from './merge';

export const SETTINGS_FILE_FORMAT = 'mosaic-companion-settings';
export const SETTINGS_FILE_VERSION = 1;
/** Larger files are refused before they are read: settings are a few kilobytes. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

const FileSchema = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.literal(SETTINGS_FILE_VERSION),
  exported: z.string().optional(),
  settings: z.record(z.string(), z.unknown()),
});

export function exportSettingsFile(settings: Settings, now = new Date()): string {
  const body = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exported: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export type ImportResult =
  | {
      ok: true;
      values: Partial<Settings>;
      /** Keys in the file that the organisation's policy fixes: left as they are. */
      skipped: SettingsKey[];
    }
  | { ok: false; message: string; problems: string[] };

function refuse(message: string, problems: string[] = []): ImportResult {
  return { ok: false, message, problems };
}

/**
 * Reads a settings file written by the export (or by hand in the same shape). `locked` keys are
 * left out of the result (and named in `skipped`), since policy decides them.
 */
export function parseSettingsFile(text: string, locked: readonly SettingsKey[] = []): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return refuse(
      'This file is too large to be a Mosaic Companion settings file. Nothing was changed.',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(
      'This file is not a Mosaic Companion settings file: it is not valid JSON. Nothing was changed.',
    );
  }
  const file = FileSchema.safeParse(data);
  if (!file.success) {
    const o = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    if (o.format === SETTINGS_FILE_FORMAT && o.version !== SETTINGS_FILE_VERSION) {
      return refuse(
        'This settings file was written by a newer or unknown version of Mosaic Companion. Nothing was changed.',
      );
    }
    return refuse(
      'This file is not a Mosaic Companion settings file (use a file made with "Export settings"). Nothing was changed.',
    );
  }
  const layer = validateLayer(file.data.settings, 'file');
  if (layer.problems.length > 0) {
    const problems = layer.problems.map((p) => p.message);
    const n = problems.length;
    return refuse(
      `This settings file has ${n === 1 ? 'a problem' : `${n} problems`}, so none of it was imported. Nothing was changed.`,
      problems,
    );
  }
  const values: Partial<Record<SettingsKey, unknown>> = {};
  const skipped: SettingsKey[] = [];
  for (const key of SETTINGS_KEYS) {
    if (!(key in layer.values)) continue;
    if (locked.includes(key)) skipped.push(key);
    else values[key] = layer.values[key];
  }
  if (Object.keys(values).length === 0 && skipped.length === 0) {
    return refuse('This settings file has no settings in it. Nothing was changed.');
  }
  return { ok: true, values: values as Partial<Settings>, skipped };
}

export function describeSkipped(skipped: readonly SettingsKey[]): string {
  return skipped.map((k) => SETTING_NAMES[k]).join(', ');
}
