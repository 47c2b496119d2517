/** lib/settings/form.ts: the options form, to and from settings. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { formToSettings, settingsToForm } from '@/lib/settings/form';

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
