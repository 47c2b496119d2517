/**
 * Settings as the sidebar receives them from the background. The background has already checked
 * every key with the full schema (lib/settings/schema.ts, with its messages for people); here a
 * light zod/mini schema checks each key's shape again at the boundary, and a key that is missing
 * or does not fit takes its default, as `parseSettings` does. Kept apart from the full schema so
 * that the content script carries neither the full zod API nor the settings' messages.
 */
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, SEVERITIES } from './defaults';
import type { Settings, SettingsKey } from './schema';

/** Each key's light schema. */
export type ReceivedShapes = { [K in SettingsKey]: z.ZodMiniType<Settings[K]> };

/**
 * The light schemas, built when settings arrive, not while the sidebar's scripts are evaluated.
 * Building them and the first check with them are each a few ms on a slow laptop: the sidebar
 * does the two in tasks of their own (entrypoints/sidebar/bridge.ts).
 */
export function receivedShapes(): ReceivedShapes {
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const amount = z.number().check(z.gte(0), z.lte(100000));
  const names = z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(20));
  return {
    mosaicAddresses: z.array(z.string()).check(z.maxLength(20)),
    personAddressPattern: z.string(),
    budgetTable: z.array(z.array(amount).check(z.length(4))).check(z.length(4)),
    budgetTableIsCouncils: z.boolean(),
    teams: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(500)),
    closureDays: z.array(isoDate).check(z.maxLength(1000)),
    reminderTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
    reminderEnabled: z.boolean(),
    reminderDays: z.array(z.number().check(z.int(), z.gte(1), z.lte(7))),
    retentionDays: z.number().check(z.int(), z.gte(1), z.lte(3650)),
    initialsOnly: z.boolean(),
    stepNames: z.object({
      reablement: names,
      ras: names,
      'carers-assessment': names,
      'carers-review': names,
    }),
    rules: z.record(
      z.string().check(z.regex(/^[a-z0-9.-]+$/i)),
      z.object({ enabled: z.boolean(), severity: z.optional(z.enum(SEVERITIES)) }),
    ),
    labelOverrides: z.record(
      z.string(),
      z.array(z.string().check(z.minLength(1), z.maxLength(300))),
    ),
  };
}

/** Settings from the background: each key checked on its own; a bad or missing key takes its default. */
export function parseReceivedSettings(
  input: unknown,
  all: ReceivedShapes = receivedShapes(),
): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    for (const key of Object.keys(all) as SettingsKey[]) {
      const value = (input as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const r = all[key].safeParse(value);
      if (r.success) out[key] = r.data;
    }
  }
  return out as Settings;
}
