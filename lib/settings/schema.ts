/**
 * The council's settings: one zod schema with defaults. Every read goes through `parseSettings`,
 * so a bad stored value or policy never reaches the rest of the code.
 */
import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The example budget table of forms.md (GBP), rows = level of the caring role 0-3, columns = impact 0-3. */
export const EXAMPLE_BUDGET_TABLE: number[][] = [
  [0, 0, 0, 0],
  [0, 150, 300, 450],
  [0, 300, 600, 750],
  [0, 450, 750, 900],
];

export const DEFAULT_TEAMS = [
  'Access and Response',
  'ASC St Pancras Rehab Hospital',
  'Assessment and Care Management RFH Team',
  'Assessment and Care Management UCH Team',
  'Camden Carers Service',
  'Camden Substance Misuse Services',
  'CLDS Integrated Team - Health Funded',
  'CLDS Integrated Team - In Borough Communities',
  'CLDS Integrated Team - In Borough Supported Living',
  'CLDS Integrated Team - Out of Borough',
  'Virtual Carer Reviews - Central Neighbourhood',
  'Virtual Carer Reviews - North Neighbourhood',
  'Virtual Carer Reviews - North/East Neighbourhood',
  'Virtual Carer Reviews - South Neighbourhood',
  'Virtual Carer Reviews - West Neighbourhood',
];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as yyyy-mm-dd.');

const amount = z
  .number({ error: 'Each amount must be a number of pounds.' })
  .finite()
  .min(0, 'Amounts cannot be negative.')
  .max(100000, 'Amounts must be £100,000 or less.');

export const BudgetTableSchema = z
  .array(z.array(amount).length(4, 'The budget table needs 4 impact columns (0 to 3).'))
  .length(4, 'The budget table needs 4 rows, one for each level of the caring role (0 to 3).');

export const RuleOverrideSchema = z.object({
  enabled: z.boolean().default(true),
  severity: z.enum(SEVERITIES).optional(),
});
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

export const SettingsSchema = z.object({
  /** Origins (or URL prefixes) where the council's Mosaic runs, e.g. https://mosaic.council.gov.uk */
  mosaicAddresses: z.array(z.string()).default([]),
  /** Address of a person's page in Mosaic; `{id}` is replaced by the Mosaic ID. Empty: no link. */
  personAddressPattern: z.string().default(''),
  budgetTable: BudgetTableSchema.default(EXAMPLE_BUDGET_TABLE),
  /** False while the table is the shipped example; the UI says so. */
  budgetTableIsCouncils: z.boolean().default(false),
  teams: z.array(z.string().min(1)).default(DEFAULT_TEAMS),
  /** Council closure days that are not bank holidays (e.g. between Christmas and New Year). */
  closureDays: z.array(isoDate).default([]),
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written as hh:mm, for example 09:00.')
    .default('09:00'),
  reminderEnabled: z.boolean().default(true),
  /** Days of the week a reminder may be shown, 1 = Monday … 7 = Sunday (bank holidays are skipped). */
  reminderDays: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
  /** Closed cases are deleted this many days after closing. */
  retentionDays: z.number().int().min(1).max(3650).default(90),
  /** Store names as initials only. */
  initialsOnly: z.boolean().default(false),
  /** Per rule id: switch off, or change severity. */
  rules: z.record(z.string(), RuleOverrideSchema).default({}),
  /** Per field id: extra label texts to recognise the field by. */
  labelOverrides: z.record(z.string(), z.array(z.string().min(1))).default({}),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export function parseSettings(input: unknown): Settings {
  const r = SettingsSchema.safeParse(input ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}
