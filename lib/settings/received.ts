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

const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const amount = () => z.number().check(z.gte(0), z.lte(100000));
const names = () =>
  z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(20));

/**
 * Each key's light schema, built when its key is checked, not while the sidebar's scripts are
 * evaluated: on a slow laptop, building all of them and checking with them for the first time is
 * one long task (docs/performance.md), a key at a time it is many short ones.
 */
const SHAPES: { [K in SettingsKey]: () => z.ZodMiniType<Settings[K]> } = {
  mosaicAddresses: () => z.array(z.string()).check(z.maxLength(20)),
  personAddressPattern: () => z.string(),
  budgetTable: () => z.array(z.array(amount()).check(z.length(4))).check(z.length(4)),
  budgetTableIsCouncils: () => z.boolean(),
  teams: () => z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(500)),
  closureDays: () => z.array(isoDate()).check(z.maxLength(1000)),
  reminderTime: () => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  reminderEnabled: () => z.boolean(),
  reminderDays: () => z.array(z.number().check(z.int(), z.gte(1), z.lte(7))),
  retentionDays: () => z.number().check(z.int(), z.gte(1), z.lte(3650)),
  initialsOnly: () => z.boolean(),
  stepNames: () =>
    z.object({
      reablement: names(),
      ras: names(),
      'carers-assessment': names(),
      'carers-review': names(),
    }),
  rules: () =>
    z.record(
      z.string().check(z.regex(/^[a-z0-9.-]+$/i)),
      z.object({ enabled: z.boolean(), severity: z.optional(z.enum(SEVERITIES)) }),
    ),
  labelOverrides: () =>
    z.record(z.string(), z.array(z.string().check(z.minLength(1), z.maxLength(300)))),
};

/**
 * Settings from the background, a key at a time (lib/page/reader/parts.ts: a pause before each key
 * given): each checked on its own; a bad or missing key takes its default.
 */
export function* receivedSettingsInParts(input: unknown): Generator<void, Settings> {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    for (const key of Object.keys(SHAPES) as SettingsKey[]) {
      const value = (input as Record<string, unknown>)[key];
      if (value === undefined) continue;
      yield;
      const r = SHAPES[key]().safeParse(value);
      if (r.success) out[key] = r.data;
    }
  }
  return out as Settings;
}
