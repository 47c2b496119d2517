/**
 * The settings' defaults and the fixed lists behind them, without any schema: the sidebar and the
 * background take them from here without building the settings schema (lib/settings/schema.ts).
 * `SettingsSchema.parse({})` gives exactly DEFAULT_SETTINGS (tests/unit/settings/schema.test.ts).
 */
import type { Settings } from './schema';
import { DEFAULT_STEP_NAMES } from '../steps/names';

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

export const DEFAULT_SETTINGS: Settings = {
  mosaicAddresses: [],
  personAddressPattern: '',
  budgetTable: EXAMPLE_BUDGET_TABLE,
  budgetTableIsCouncils: false,
  teams: DEFAULT_TEAMS,
  closureDays: [],
  reminderTime: '09:00',
  reminderEnabled: true,
  reminderDays: [1, 2, 3, 4, 5],
  retentionDays: 90,
  initialsOnly: false,
  stepNames: DEFAULT_STEP_NAMES,
  rules: {},
  labelOverrides: {},
};
