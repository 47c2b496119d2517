/**
 * The council's settings: one zod schema with defaults. Every read goes through `parseSettings`,
 * so a bad stored value or policy never reaches the rest of the code.
 */
import * as z from 'zod/mini';
import { FIELDS } from '../page/fields';
import { normaliseMosaicAddress } from './address';
import { DEFAULT_SETTINGS, DEFAULT_TEAMS, EXAMPLE_BUDGET_TABLE, SEVERITIES } from './defaults';
import { StepNamesSchema } from './step-names';
import { DEFAULT_STEP_NAMES } from '../steps/names';

export { DEFAULT_TEAMS, EXAMPLE_BUDGET_TABLE, SEVERITIES, type Severity } from './defaults';

/*
 * Written with zod/mini, which the background carries instead of the full zod API
 * (docs/performance.md). zod/mini has no messages of its own: every message a person can see is
 * given here, and a wrong type is described by `describeIssue` (lib/settings/merge.ts).
 */

/** A real calendar date written yyyy-mm-dd (2025-02-30 is refused). */
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as yyyy-mm-dd, for example 2025-12-29.'),
  z.refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'That date does not exist.'),
);

const amount = z
  .number({ error: 'Each amount must be a number of pounds.' })
  .check(
    z.gte(0, 'Amounts cannot be negative.'),
    z.lte(100000, 'Amounts must be £100,000 or less.'),
  );

export const BudgetTableSchema = z
  .array(z.array(amount).check(z.length(4, 'The budget table needs 4 impact columns (0 to 3).')))
  .check(
    z.length(4, 'The budget table needs 4 rows, one for each level of the caring role (0 to 3).'),
  );

export const RuleOverrideSchema = z.object({
  enabled: z._default(z.boolean(), true),
  severity: z.optional(
    z.enum(SEVERITIES, {
      error: `Invalid option: expected one of ${SEVERITIES.map((s) => `"${s}"`).join('|')}`,
    }),
  ),
});
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

/** A Mosaic address, stored as its origin (https://mosaic.council.gov.uk). */
export const MosaicAddressSchema = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const r = normaliseMosaicAddress(value);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.message, input: value });
      return z.NEVER;
    }
    return r.origin;
  }),
);

const personAddress = z.string().check(
  z.trim(),
  z.refine(
    (v) =>
      v === '' ||
      /^https:\/\/[^\s]+$/i.test(v) ||
      /^http:\/\/(localhost|127\.0\.0\.1)[:/][^\s]*$/i.test(v),
    'The person page address must start with https://.',
  ),
  z.refine(
    (v) => v === '' || v.includes('{id}'),
    'Put {id} where the Mosaic ID goes, for example https://mosaic.council.gov.uk/person/{id}.',
  ),
);

/** Keys of label overrides: a field id, or `<table field id>.<column id>` for a table's column. */
export const LABEL_OVERRIDE_KEYS: string[] = FIELDS.flatMap((f) => [
  f.id,
  ...(f.columns ?? []).map((c) => `${f.id}.${c.id}`),
]);
const LABEL_KEY_SET = new Set(LABEL_OVERRIDE_KEYS);

const dayNumber = 'Days are numbered 1 (Monday) to 7 (Sunday).';
const wholeDays = 'Enter the number of days as a whole number.';

export const SettingsSchema = z.object({
  /** Origins where the council's Mosaic runs, e.g. https://mosaic.council.gov.uk */
  mosaicAddresses: z._default(
    z.pipe(
      z.array(MosaicAddressSchema).check(z.maxLength(20, 'Enter at most 20 Mosaic addresses.')),
      z.transform((list: string[]) => [...new Set(list)]),
    ),
    [],
  ),
  /** Address of a person's page in Mosaic; `{id}` is replaced by the Mosaic ID. Empty: no link. */
  personAddressPattern: z._default(personAddress, ''),
  budgetTable: z._default(BudgetTableSchema, EXAMPLE_BUDGET_TABLE),
  /** False while the table is the shipped example; the UI says so. */
  budgetTableIsCouncils: z._default(z.boolean(), false),
  teams: z._default(
    z
      .array(
        z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'A team name cannot be blank.'),
            z.maxLength(200, 'A team name must be 200 characters or fewer.'),
          ),
      )
      .check(z.maxLength(500, 'Enter at most 500 teams.')),
    DEFAULT_TEAMS,
  ),
  /** Council closure days that are not bank holidays (e.g. between Christmas and New Year). */
  closureDays: z._default(
    z.array(isoDate).check(z.maxLength(1000, 'Enter at most 1,000 closure days.')),
    [],
  ),
  reminderTime: z._default(
    z
      .string()
      .check(
        z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written as hh:mm, for example 09:00.'),
      ),
    '09:00',
  ),
  reminderEnabled: z._default(z.boolean(), true),
  /** Days of the week a reminder may be shown, 1 = Monday … 7 = Sunday (bank holidays are skipped). */
  reminderDays: z._default(
    z.pipe(
      z.array(z.number().check(z.int(), z.gte(1, dayNumber), z.lte(7, dayNumber))),
      z.transform((days: number[]) => [...new Set(days)].sort((a, b) => a - b)),
    ),
    [1, 2, 3, 4, 5],
  ),
  /** Closed cases are deleted this many days after closing. */
  retentionDays: z._default(
    z
      .number({ error: wholeDays })
      .check(
        z.int(wholeDays),
        z.gte(1, 'Keep closed cases for at least 1 day.'),
        z.lte(3650, 'Keep closed cases for at most 3,650 days (10 years).'),
      ),
    90,
  ),
  /** Store names as initials only. */
  initialsOnly: z._default(z.boolean(), false),
  /** The council's casework step names, per case type (forms.md, "Work steps"). */
  stepNames: z._default(StepNamesSchema, DEFAULT_STEP_NAMES),
  /** Per rule id: switch off, or change severity. */
  rules: z._default(
    z.record(
      z
        .string()
        .check(
          z.regex(/^[a-z0-9.-]+$/i, 'A rule id is made of letters, numbers, dots and dashes.'),
        ),
      RuleOverrideSchema,
    ),
    {},
  ),
  /** Per field id: extra label texts to recognise the field by. */
  labelOverrides: z._default(
    z.record(
      z.string().check(
        z.refine((id) => LABEL_KEY_SET.has(id), {
          error: (iss) => `"${String(iss.input)}" is not a field id the extension knows.`,
        }),
      ),
      z.array(
        z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'A label cannot be blank.'),
            z.maxLength(300, 'A label must be 300 characters or fewer.'),
          ),
      ),
    ),
    {},
  ),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsKey = keyof Settings;
export const SETTINGS_KEYS = Object.keys(SettingsSchema.shape) as SettingsKey[];

/**
 * The defaults, written out in lib/settings/defaults.ts (no schema there, so the sidebar can have
 * them without this module); settings.test.ts checks they are what this schema gives for `{}`.
 */
export { DEFAULT_SETTINGS };

/**
 * Settings from anything (storage, policy, a file): each key is checked on its own, and a key that
 * is missing or not valid takes its default, so one bad value never loses the others.
 */
export function parseSettings(input: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    for (const key of SETTINGS_KEYS) {
      const value = (input as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const r = SettingsSchema.shape[key].safeParse(value);
      if (r.success) out[key] = r.data;
    }
  }
  return out as Settings;
}
