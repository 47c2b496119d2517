/** lib/settings/schema.ts: the settings schema, its defaults, and the keys it accepts. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  EXAMPLE_BUDGET_TABLE,
  parseSettings,
  SettingsSchema,
} from '@/lib/settings/schema';

describe('schema', () => {
  it('ships the example budget table and defaults', () => {
    expect(DEFAULT_SETTINGS.budgetTable).toEqual(EXAMPLE_BUDGET_TABLE);
    expect(DEFAULT_SETTINGS.budgetTable[2][2]).toBe(600);
    expect(DEFAULT_SETTINGS.budgetTableIsCouncils).toBe(false);
    expect(DEFAULT_SETTINGS.mosaicAddresses).toEqual([]);
    expect(DEFAULT_SETTINGS.retentionDays).toBe(90);
  });
  it('writes out exactly the defaults the schema gives', () => {
    expect(DEFAULT_SETTINGS).toEqual(SettingsSchema.parse({}));
    expect(parseSettings({})).toEqual(SettingsSchema.parse({}));
  });
  it('stores addresses as origins', () => {
    expect(
      SettingsSchema.parse({
        mosaicAddresses: ['https://m.council.gov.uk/a', 'https://m.council.gov.uk'],
      }).mosaicAddresses,
    ).toEqual(['https://m.council.gov.uk']);
  });
  it('refuses a date that does not exist', () => {
    expect(SettingsSchema.safeParse({ closureDays: ['2025-02-30'] }).success).toBe(false);
    expect(SettingsSchema.safeParse({ closureDays: ['2025-12-29'] }).success).toBe(true);
  });
  it('parseSettings keeps the good keys when one is bad', () => {
    const s = parseSettings({ retentionDays: -4, teams: ['Team A'] });
    expect(s.retentionDays).toBe(90);
    expect(s.teams).toEqual(['Team A']);
  });
  it('refuses label overrides for unknown field ids', () => {
    expect(
      SettingsSchema.safeParse({ labelOverrides: { gpKnows: ['Does GP know'] } }).success,
    ).toBe(true);
    expect(SettingsSchema.safeParse({ labelOverrides: { notAField: ['x'] } }).success).toBe(false);
  });
});

describe('label override keys', () => {
  it('accept a table column as <table>.<column>', () => {
    expect(
      SettingsSchema.safeParse({ labelOverrides: { 'caredFor.relationship': ['Relation'] } })
        .success,
    ).toBe(true);
    expect(SettingsSchema.safeParse({ labelOverrides: { 'caredFor.nope': ['x'] } }).success).toBe(
      false,
    );
  });
});
