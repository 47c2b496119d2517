import { describe, expect, it } from 'vitest';
import { addressPatterns, normaliseMosaicAddress } from '@/lib/settings/address';
import {
  DEFAULT_SETTINGS,
  EXAMPLE_BUDGET_TABLE,
  parseSettings,
  SettingsSchema,
} from '@/lib/settings/schema';
import { mergeSettings, userLayerToStore, validateLayer } from '@/lib/settings/merge';
import { exportSettingsFile, parseSettingsFile } from '@/lib/settings/file';
import { formToSettings, settingsToForm } from '@/lib/settings/form';

describe('Mosaic address', () => {
  it('reduces an https address to its origin and match pattern', () => {
    expect(normaliseMosaicAddress(' https://Mosaic.Council.gov.uk/web/portal?x=1 ')).toEqual({
      ok: true,
      origin: 'https://mosaic.council.gov.uk',
      pattern: 'https://mosaic.council.gov.uk/*',
    });
  });
  it('assumes https when no scheme is given and keeps a port', () => {
    const r = normaliseMosaicAddress('mosaic.council.gov.uk:8443');
    expect(r).toMatchObject({ ok: true, pattern: 'https://mosaic.council.gov.uk:8443/*' });
  });
  it('allows http only for this computer', () => {
    expect(normaliseMosaicAddress('http://127.0.0.1:4173/')).toMatchObject({
      ok: true,
      pattern: 'http://127.0.0.1:4173/*',
    });
    expect(normaliseMosaicAddress('http://localhost')).toMatchObject({
      ok: true,
      pattern: 'http://localhost/*',
    });
    const r = normaliseMosaicAddress('http://mosaic.council.gov.uk');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/https/);
  });
  it.each([
    '',
    'https://*.council.gov.uk',
    'ftp://mosaic.council.gov.uk',
    'https://user:pw@mosaic.council.gov.uk',
    'mosaic',
    'https://a b.gov.uk',
  ])('refuses %j with a message', (input) => {
    const r = normaliseMosaicAddress(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });
  it('turns a list into patterns without duplicates or invalid entries', () => {
    expect(addressPatterns(['https://a.gov.uk/x', 'https://A.gov.uk', 'http://b.gov.uk'])).toEqual([
      'https://a.gov.uk/*',
    ]);
  });
});

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

describe('merge', () => {
  it('takes policy over user over defaults, key by key, and lists the locked keys', () => {
    const r = mergeSettings({ retentionDays: 30 }, { retentionDays: 60, initialsOnly: true });
    expect(r.settings.retentionDays).toBe(30);
    expect(r.settings.initialsOnly).toBe(true);
    expect(r.settings.teams).toEqual(DEFAULT_SETTINGS.teams);
    expect(r.locked).toEqual(['retentionDays']);
    expect(r.problems).toEqual([]);
  });
  it('ignores a bad policy key with a reason, and keeps the rest of the policy', () => {
    const r = mergeSettings(
      { retentionDays: 'ninety', budgetTable: [[1, 2, 3]], teams: ['Carers Team'], colour: 'red' },
      { retentionDays: 45 },
    );
    expect(r.settings.retentionDays).toBe(45);
    expect(r.settings.budgetTable).toEqual(EXAMPLE_BUDGET_TABLE);
    expect(r.settings.teams).toEqual(['Carers Team']);
    expect(r.locked).toEqual(['teams']);
    expect(r.problems.map((p) => p.key).sort()).toEqual(['budgetTable', 'colour', 'retentionDays']);
    expect(r.problems.every((p) => p.layer === 'policy')).toBe(true);
    expect(r.problems.find((p) => p.key === 'colour')?.message).toMatch(/not a setting/);
  });
  it('ignores a bad user key without losing the others', () => {
    const r = mergeSettings(undefined, { reminderTime: '25:00', initialsOnly: true });
    expect(r.settings.reminderTime).toBe('09:00');
    expect(r.settings.initialsOnly).toBe(true);
    expect(r.problems).toEqual([expect.objectContaining({ layer: 'user', key: 'reminderTime' })]);
  });
  it('treats a policy that is not an object as no policy', () => {
    const r = mergeSettings('oops', {});
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.locked).toEqual([]);
    expect(r.problems).toHaveLength(1);
  });
  it('normalises policy addresses and refuses http ones', () => {
    const r = mergeSettings({ mosaicAddresses: ['https://mosaic.council.gov.uk/web'] }, {});
    expect(r.settings.mosaicAddresses).toEqual(['https://mosaic.council.gov.uk']);
    const bad = validateLayer({ mosaicAddresses: ['http://mosaic.council.gov.uk'] }, 'policy');
    expect(bad.values).toEqual({});
    expect(bad.problems[0].message).toMatch(/Mosaic addresses/);
  });
  it('stores only the user’s real choices, never locked keys', () => {
    const s = { ...DEFAULT_SETTINGS, retentionDays: 30, initialsOnly: true };
    expect(userLayerToStore(s, ['initialsOnly'])).toEqual({ retentionDays: 30 });
  });
});

describe('settings file', () => {
  const good = exportSettingsFile(
    { ...DEFAULT_SETTINGS, retentionDays: 120, teams: ['Team A'] },
    new Date('2025-01-02T10:00:00Z'),
  );

  it('round-trips an export', () => {
    const r = parseSettingsFile(good);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.values.retentionDays).toBe(120);
      expect(r.values.teams).toEqual(['Team A']);
    }
  });
  it('leaves out keys fixed by policy and names them', () => {
    const r = parseSettingsFile(good, ['teams']);
    expect(r.ok && r.skipped).toEqual(['teams']);
    expect(r.ok && 'teams' in r.values).toBe(false);
  });
  it.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['another file', JSON.stringify({ cases: [] }), /not a Mosaic Companion settings file/],
    [
      'a newer version',
      JSON.stringify({ format: 'mosaic-companion-settings', version: 9, settings: {} }),
      /newer or unknown version/,
    ],
    [
      'an empty file',
      JSON.stringify({ format: 'mosaic-companion-settings', version: 1, settings: {} }),
      /no settings/,
    ],
  ])('refuses %s', (_name, text, message) => {
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
  it('refuses the whole file when one value is bad, saying which', () => {
    const text = JSON.stringify({
      format: 'mosaic-companion-settings',
      version: 1,
      settings: {
        retentionDays: 30,
        budgetTable: [
          [0, 0, 0, 0],
          [0, 150, 300, 450],
          [0, 300, -1, 750],
          [0, 450, 750, 900],
        ],
      },
    });
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/none of it was imported/);
      expect(r.problems).toEqual([
        expect.stringMatching(/Budget table \(row 2, column 2\): Amounts cannot be negative/),
      ]);
    }
  });
  it('refuses unknown settings', () => {
    const r = parseSettingsFile(
      JSON.stringify({
        format: 'mosaic-companion-settings',
        version: 1,
        settings: { theme: 'dark' },
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/"theme" is not a setting/);
  });
});

describe('options form', () => {
  const form = () => settingsToForm(DEFAULT_SETTINGS, ['s1.hours-missing']);

  it('round-trips the defaults', () => {
    const r = formToSettings(form(), DEFAULT_SETTINGS);
    expect(r).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
  it('reads lines, amounts and rule switches', () => {
    const v = form();
    v.mosaicAddresses = 'https://mosaic.council.gov.uk/web\n\n';
    v.teams = 'Team A\nTeam B\nTeam A';
    v.closureDays = '2025-12-30\n2025-12-29';
    v.budgetTable[2][2] = '£1,250.50';
    v.rules['s1.hours-missing'] = { enabled: false, severity: '' };
    v.labelOverrides.gpKnows = 'Is your GP aware you are a carer\n';
    const r = formToSettings(v, DEFAULT_SETTINGS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.mosaicAddresses).toEqual(['https://mosaic.council.gov.uk']);
    expect(r.settings.teams).toEqual(['Team A', 'Team B']);
    expect(r.settings.closureDays).toEqual(['2025-12-29', '2025-12-30']);
    expect(r.settings.budgetTable[2][2]).toBe(1250.5);
    expect(r.settings.rules).toEqual({ 's1.hours-missing': { enabled: false } });
    expect(r.settings.labelOverrides).toEqual({ gpKnows: ['Is your GP aware you are a carer'] });
  });
  it('gives one plain message per wrong field, pointing at its control', () => {
    const v = form();
    v.mosaicAddresses = 'https://ok.gov.uk\nhttp://mosaic.council.gov.uk';
    v.budgetTable[1][3] = 'lots';
    v.retentionDays = '9.5';
    v.reminderTime = '9am';
    v.closureDays = '29/12/2025';
    v.teams = '  ';
    const r = formToSettings(v, DEFAULT_SETTINGS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byKey = Object.fromEntries(r.errors.map((e) => [e.key, e]));
    expect(Object.keys(byKey).sort()).toEqual([
      'budgetTable',
      'closureDays',
      'mosaicAddresses',
      'reminderTime',
      'retentionDays',
      'teams',
    ]);
    expect(byKey.mosaicAddresses.message).toMatch(/line 2/);
    expect(byKey.budgetTable.inputId).toBe('mc-budget-1-3');
    expect(byKey.closureDays.message).toMatch(/yyyy-mm-dd/);
  });
  it('does not read or complain about keys fixed by policy', () => {
    const v = form();
    v.retentionDays = 'nonsense';
    const base = { ...DEFAULT_SETTINGS, retentionDays: 30 };
    const r = formToSettings(v, base, ['retentionDays']);
    expect(r).toEqual({ ok: true, settings: base });
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
