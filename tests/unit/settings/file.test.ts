/** lib/settings/file.ts: settings files, exported and read back. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { exportSettingsFile, parseSettingsFile } from '@/lib/settings/file';

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
