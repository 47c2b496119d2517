/**
 * The options page's form: settings as the text people type (one team per line, amounts as
 * text…), and back to settings with one plain message per wrong field.
 */
import { normaliseMosaicAddress } from './address';
import {
  SettingsSchema,
  SEVERITIES,
  type Settings,
  type SettingsKey,
  type Severity,
} from './schema';
import { describeIssue } from './merge';
import type { CaseKind } from '../cases/types';
import { stepNamesFromForm, stepNamesToForm } from './step-names-form';

export interface RuleFormValue {
  enabled: boolean;
  /** '' = the rule's own severity */
  severity: '' | Severity;
}

export interface FormValues {
  mosaicAddresses: string;
  personAddressPattern: string;
  budgetTable: string[][];
  budgetTableIsCouncils: boolean;
  teams: string;
  closureDays: string;
  reminderEnabled: boolean;
  reminderTime: string;
  reminderDays: number[];
  retentionDays: string;
  initialsOnly: boolean;
  /** One step name per line, per case type. */
  stepNames: Record<CaseKind, string>;
  rules: Record<string, RuleFormValue>;
  labelOverrides: Record<string, string>;
}

export interface FormError {
  key: SettingsKey;
  /** id of the control to link to from the error summary */
  inputId: string;
  message: string;
}

export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: FormError[] };

/** Ids of the form's controls, shared by the page and the error summary. */
export const inputId = {
  setting: (key: SettingsKey) => `mc-setting-${key}`,
  budget: (level: number, impact: number) => `mc-budget-${level}-${impact}`,
  rule: (ruleId: string) => `mc-rule-${ruleId.replace(/[^a-z0-9-]/gi, '-')}`,
  label: (fieldId: string) => `mc-label-${fieldId.replace(/[^a-z0-9-]/gi, '-')}`,
};

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function formatAmount(n: number): string {
  return String(n);
}

export function settingsToForm(s: Settings, ruleIds: readonly string[] = []): FormValues {
  const rules: Record<string, RuleFormValue> = {};
  for (const id of new Set([...ruleIds, ...Object.keys(s.rules)])) {
    const o = s.rules[id];
    rules[id] = { enabled: o?.enabled ?? true, severity: o?.severity ?? '' };
  }
  const labelOverrides: Record<string, string> = {};
  for (const [id, labels] of Object.entries(s.labelOverrides))
    labelOverrides[id] = labels.join('\n');
  return {
    mosaicAddresses: s.mosaicAddresses.join('\n'),
    personAddressPattern: s.personAddressPattern,
    budgetTable: s.budgetTable.map((row) => row.map(formatAmount)),
    budgetTableIsCouncils: s.budgetTableIsCouncils,
    teams: s.teams.join('\n'),
    closureDays: s.closureDays.join('\n'),
    reminderEnabled: s.reminderEnabled,
    reminderTime: s.reminderTime,
    reminderDays: [...s.reminderDays],
    retentionDays: String(s.retentionDays),
    initialsOnly: s.initialsOnly,
    stepNames: stepNamesToForm(s.stepNames),
    rules,
    labelOverrides,
  };
}

/** Money as people type it in the budget table: `600`, `£600`, `600.00`, `1,200`. */
function parseAmount(text: string): number | null {
  const t = text
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Number(t);
}

/**
 * The form's values as settings. `locked` keys are not read from the form: they keep `base`'s
 * (policy) value, and never produce an error.
 */
export function formToSettings(
  v: FormValues,
  base: Settings,
  locked: readonly SettingsKey[] = [],
): FormResult {
  const errors: FormError[] = [];
  const out: Record<string, unknown> = { ...base };
  const isLocked = (k: SettingsKey) => locked.includes(k);

  const check = <K extends SettingsKey>(key: K, value: unknown, id = inputId.setting(key)) => {
    if (isLocked(key)) return;
    const r = SettingsSchema.shape[key].safeParse(value);
    if (r.success) out[key] = r.data;
    else errors.push({ key, inputId: id, message: describeIssue(key, r.error) });
  };

  if (!isLocked('mosaicAddresses')) {
    const list = lines(v.mosaicAddresses);
    const bad = list.map((a, i) => ({ i, r: normaliseMosaicAddress(a) })).find((x) => !x.r.ok);
    if (bad && !bad.r.ok) {
      errors.push({
        key: 'mosaicAddresses',
        inputId: inputId.setting('mosaicAddresses'),
        message:
          list.length > 1 ? `Mosaic address on line ${bad.i + 1}: ${bad.r.message}` : bad.r.message,
      });
    } else check('mosaicAddresses', list);
  }

  check('personAddressPattern', v.personAddressPattern.trim());

  if (!isLocked('budgetTable')) {
    const table: number[][] = [];
    let firstBad: FormError | null = null;
    v.budgetTable.forEach((row, level) => {
      table.push(
        row.map((cell, impact) => {
          const n = parseAmount(cell);
          if (n === null && !firstBad) {
            firstBad = {
              key: 'budgetTable',
              inputId: inputId.budget(level, impact),
              message: `Budget table, level ${level}, impact ${impact}: enter an amount in pounds, for example 600 or 412.50.`,
            };
          }
          return n ?? 0;
        }),
      );
    });
    if (firstBad) errors.push(firstBad);
    else check('budgetTable', table, inputId.budget(0, 0));
  }
  check('budgetTableIsCouncils', v.budgetTableIsCouncils);

  if (!isLocked('teams')) {
    const teams = lines(v.teams);
    if (teams.length === 0) {
      errors.push({
        key: 'teams',
        inputId: inputId.setting('teams'),
        message: 'Enter at least one team, one per line.',
      });
    } else check('teams', [...new Set(teams)]);
  }

  if (!isLocked('closureDays')) {
    const days = lines(v.closureDays);
    const r = SettingsSchema.shape.closureDays.safeParse(days);
    if (r.success) out.closureDays = [...new Set(r.data)].sort();
    else {
      const idx = r.error.issues[0]?.path[0];
      const at = typeof idx === 'number' ? ` (line ${idx + 1}: "${days[idx]}")` : '';
      errors.push({
        key: 'closureDays',
        inputId: inputId.setting('closureDays'),
        message: `Closure days${at}: write each date as yyyy-mm-dd, one per line, for example 2025-12-29.`,
      });
    }
  }

  check('reminderEnabled', v.reminderEnabled);
  check('reminderTime', v.reminderTime.trim());
  if (
    !isLocked('reminderDays') &&
    v.reminderEnabled &&
    v.reminderDays.length === 0 &&
    !isLocked('reminderEnabled')
  ) {
    errors.push({
      key: 'reminderDays',
      inputId: `${inputId.setting('reminderDays')}-1`,
      message: 'Choose at least one day for the reminder, or switch the reminder off.',
    });
  } else check('reminderDays', v.reminderDays, `${inputId.setting('reminderDays')}-1`);

  if (!isLocked('retentionDays')) {
    const t = v.retentionDays.trim();
    if (!/^\d+$/.test(t)) {
      errors.push({
        key: 'retentionDays',
        inputId: inputId.setting('retentionDays'),
        message: 'Days to keep closed cases: enter a whole number of days, for example 90.',
      });
    } else check('retentionDays', Number(t));
  }
  check('initialsOnly', v.initialsOnly);
  if (!isLocked('stepNames')) {
    const r = stepNamesFromForm(v.stepNames);
    if (r.ok) out.stepNames = r.value;
    else errors.push({ key: 'stepNames', inputId: r.inputId, message: r.message });
  }

  if (!isLocked('rules')) {
    const rules: Record<string, { enabled: boolean; severity?: Severity }> = {};
    for (const [id, r] of Object.entries(v.rules)) {
      const severity = (SEVERITIES as readonly string[]).includes(r.severity)
        ? (r.severity as Severity)
        : undefined;
      if (r.enabled && !severity) continue; // the rule as shipped: nothing to store
      rules[id] = severity ? { enabled: r.enabled, severity } : { enabled: r.enabled };
    }
    check('rules', rules);
  }

  if (!isLocked('labelOverrides')) {
    const overrides: Record<string, string[]> = {};
    for (const [id, text] of Object.entries(v.labelOverrides)) {
      const l = lines(text);
      if (l.length) overrides[id] = [...new Set(l)];
    }
    const r = SettingsSchema.shape.labelOverrides.safeParse(overrides);
    if (r.success) out.labelOverrides = r.data;
    else {
      const fid = r.error.issues[0]?.path[0];
      errors.push({
        key: 'labelOverrides',
        inputId: typeof fid === 'string' ? inputId.label(fid) : inputId.setting('labelOverrides'),
        message: describeIssue('labelOverrides', r.error),
      });
    }
  }

  return errors.length ? { ok: false, errors } : { ok: true, settings: out as Settings };
}
