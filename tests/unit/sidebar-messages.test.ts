/**
 * The sidebar checks what it receives with zod/mini schemas of its own (lib/sidebar-messages.ts,
 * lib/settings/received.ts) rather than the full ones: they must accept and refuse the same things.
 */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messages';
import { toEnd } from '@/lib/page/reader/parts';
import { receivedSettingsInParts } from '@/lib/settings/received';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings/schema';
import { parseSidebarMessage } from '@/lib/sidebar-messages';

/** The received settings checked in one go, without pauses. */
const parseReceivedSettings = (input: unknown) => toEnd(receivedSettingsInParts(input));

const FOR_THE_SIDEBAR = [
  'toggle-sidebar',
  'settings-changed',
  'cases-changed',
  'preview-labels',
  'sidebar-shown',
];

const SAMPLES: unknown[] = [
  { type: 'toggle-sidebar' },
  { type: 'toggle-sidebar', extra: 1 },
  { type: 'settings-changed' },
  { type: 'sidebar-shown', token: 'k3j9x0a1b2' },
  { type: 'sidebar-shown', token: 'Not a token!' },
  { type: 'sidebar-shown', token: 'a'.repeat(41) },
  { type: 'sidebar-shown' },
  { type: 'preview-labels', labelOverrides: {} },
  { type: 'preview-labels', labelOverrides: { adultsCaredFor: ['Adults I care for'] } },
  { type: 'preview-labels', labelOverrides: { adultsCaredFor: ['x'.repeat(300)] } },
  { type: 'preview-labels', labelOverrides: { adultsCaredFor: ['x'.repeat(301)] } },
  { type: 'preview-labels', labelOverrides: { adultsCaredFor: Array(50).fill('x') } },
  { type: 'preview-labels', labelOverrides: { adultsCaredFor: Array(51).fill('x') } },
  { type: 'preview-labels', labelOverrides: { ['k'.repeat(101)]: ['x'] } },
  { type: 'preview-labels', labelOverrides: { adultsCaredFor: 'x' } },
  { type: 'preview-labels', labelOverrides: [] },
  { type: 'preview-labels' },
  { type: 'get-settings' },
  { type: 'inject-sidebar' },
  { type: 'cases-changed' },
  { type: 'cases-changed', personId: '12' },
  { type: 'track-case', personId: '12', name: 'A', kind: 'ras', allocated: null },
  { type: 'nonsense' },
  { type: 42 },
  {},
  null,
  undefined,
  'toggle-sidebar',
  ['toggle-sidebar'],
];

describe('messages the sidebar receives', () => {
  it.each(SAMPLES.map((m) => [JSON.stringify(m)?.slice(0, 80) ?? String(m), m] as const))(
    'agrees with MessageSchema on %s',
    (_what, m) => {
      const full = parseMessage(m);
      const expected = full && FOR_THE_SIDEBAR.includes(full.type) ? full : null;
      expect(parseSidebarMessage(m)).toEqual(expected);
    },
  );
});

describe('settings the sidebar receives from the background', () => {
  const GOOD = parseSettings({
    mosaicAddresses: ['https://mosaic.council.gov.uk'],
    personAddressPattern: 'https://mosaic.council.gov.uk/person/{id}',
    budgetTable: [
      [0, 0, 0, 0],
      [0, 100, 200, 300],
      [0, 200, 400, 500],
      [0, 300, 500, 600],
    ],
    budgetTableIsCouncils: true,
    teams: ['Team A', 'Team B'],
    closureDays: ['2026-12-29'],
    reminderTime: '08:30',
    reminderEnabled: false,
    reminderDays: [1, 3, 5],
    retentionDays: 30,
    initialsOnly: true,
    rules: {
      's1.hours-missing': { enabled: false },
      's3.cost-invalid': { enabled: true, severity: 'warning' },
    },
    labelOverrides: { adultsCaredFor: ['Adults I care for'] },
  });

  it('takes settings the background checked as they are', () => {
    expect(GOOD.retentionDays).toBe(30);
    expect(parseReceivedSettings(structuredClone(GOOD))).toEqual(GOOD);
    expect(parseReceivedSettings(structuredClone(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
  });

  it('checks a key at a time, with a pause before each key given', () => {
    const parts = receivedSettingsInParts({ retentionDays: 30, teams: ['Team A'] });
    expect(parts.next().done).toBe(false);
    expect(parts.next().done).toBe(false);
    const last = parts.next();
    expect(last.done).toBe(true);
    expect(last.value).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 30, teams: ['Team A'] });
  });

  it.each([null, undefined, 'settings', [], 42])('takes the defaults for %s', (input) => {
    expect(parseReceivedSettings(input)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['retentionDays', 'ninety'],
    ['retentionDays', 0],
    ['retentionDays', 2.5],
    ['budgetTable', [[0, 0, 0]]],
    [
      'budgetTable',
      [
        [0, 0, 0, -1],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
    ],
    ['teams', 'Team A'],
    ['teams', ['']],
    ['closureDays', ['29/12/2026']],
    ['reminderTime', '9am'],
    ['reminderDays', [0]],
    ['rules', { 's1.hours-missing': { enabled: 'no' } }],
    ['rules', { 's1.hours-missing': { enabled: true, severity: 'fatal' } }],
    ['labelOverrides', { adultsCaredFor: 'Adults' }],
    ['initialsOnly', 'yes'],
  ])('a bad %s (%j) takes its default and keeps the other keys', (key, value) => {
    const got = parseReceivedSettings({ ...GOOD, [key]: value });
    expect(got).toEqual({ ...GOOD, [key]: DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS] });
    // The full schema refuses it too.
    expect(parseSettings({ [key]: value })).toEqual(DEFAULT_SETTINGS);
  });
});
