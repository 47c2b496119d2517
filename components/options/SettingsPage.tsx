/**
 * The options page: every setting, checked with plain messages (an error summary at the top and
 * a message at each wrong field), settings fixed by the organisation shown read-only, the Mosaic
 * address's permission, the label preview, and export and import as a JSON file.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { ErrorSummary } from '@/components/shared/ErrorSummary';
import { downloadText } from '@/lib/download';
import { addressPatterns } from '@/lib/settings/address';
import {
  formToSettings,
  settingsToForm,
  type FormError,
  type FormValues,
} from '@/lib/settings/form';
import type { EffectiveSettings } from '@/lib/settings/merge';
import {
  exportSettingsFile,
  parseSettingsFile,
  describeSkipped,
  MAX_SETTINGS_FILE_BYTES,
} from '@/lib/settings/file';
import type { Settings, SettingsKey } from '@/lib/settings/schema';
import { BudgetTable, LabelOverrides, RulesTable, type RuleRow } from './sections';
import { StepNamesFields } from './StepNames';
import { TaughtLabels } from './TaughtLabels';
import { settingFields } from './setting-fields';
import {
  AddressPermissions,
  LabelPreview,
  NamesChoice,
  PolicyProblems,
  ReminderDays,
  SettingsFile,
  StatusNotice,
  type Status,
} from './SettingsParts';
import {
  loadSettingsState,
  onPermissionsChanged,
  onSettingsChanged,
  permissionStatus,
  previewLabels,
  requestHostPermission,
  saveSettings,
  type PreviewResult,
} from '@/entrypoints/options/services';

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function SettingsPage({ rules }: { rules: RuleRow[] }) {
  const [state, setState] = useState<EffectiveSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form, setFormState] = useState<FormValues | null>(null);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [permissions, setPermissions] = useState<Record<string, boolean>>({});
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [saving, setSaving] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  // Read when the settings change elsewhere: unsaved changes in the form are then kept.
  const dirtyRef = useRef(false);
  useLayoutEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  const ruleIds = useMemo(() => rules.map((r) => r.id), [rules]);

  const setForm = useCallback((update: (f: FormValues) => FormValues) => {
    setFormState((f) => (f ? update(f) : f));
    setDirty(true);
  }, []);

  const refreshPermissions = useCallback(async (s: Settings) => {
    setPermissions(await permissionStatus(s.mosaicAddresses));
  }, []);

  const reload = useCallback(
    async (resetForm: boolean) => {
      try {
        const next = await loadSettingsState();
        setState(next);
        if (resetForm) {
          setFormState(settingsToForm(next.settings, ruleIds));
          setDirty(false);
        }
        await refreshPermissions(next.settings);
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    },
    [ruleIds, refreshPermissions],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the first load from the background, then a subscription to its changes
    void reload(true);
    const offSettings = onSettingsChanged(() => void reload(!dirtyRef.current));
    const offPermissions = onPermissionsChanged(() => {
      setState((s) => {
        if (s) void refreshPermissions(s.settings);
        return s;
      });
    });
    return () => {
      offSettings();
      offPermissions();
    };
  }, [reload, refreshPermissions]);

  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);

  if (loadError) {
    return (
      <div className="mc-error-summary" role="alert">
        <h2>The settings could not be shown</h2>
        <p>{loadError}</p>
      </div>
    );
  }
  if (!state || !form) return <p aria-live="polite">Loading settings…</p>;

  const isLocked = (k: SettingsKey) => state.locked.includes(k);
  const errorOf = (k: SettingsKey) => errors.find((e) => e.key === k);
  const policyProblems = state.problems.filter((p) => p.layer === 'policy');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const result = formToSettings(form, state.settings, state.locked);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    // Ask for the new Mosaic addresses now, while this is still the worker's own click.
    const wanted = isLocked('mosaicAddresses')
      ? []
      : addressPatterns(result.settings.mosaicAddresses);
    const toAsk = wanted.filter((p) => !permissions[p]);
    const asked = requestHostPermission(toAsk);
    setSaving(true);
    void (async () => {
      try {
        if (!(await asked)) {
          setStatus({
            kind: 'error',
            text: `Mosaic Companion was not allowed to run on ${toAsk.map((p) => p.replace(/\/\*$/, '')).join(', ')}, so nothing was saved. Press "Save settings" again and choose Allow, or remove the address.`,
          });
          return;
        }
        const saved = await saveSettings(result.settings);
        if (!saved.ok) {
          setStatus({
            kind: 'error',
            text: 'The settings were not saved.',
            details: saved.problems,
          });
          return;
        }
        await reload(true);
        setStatus({ kind: 'success', text: 'Settings saved.' });
      } finally {
        setSaving(false);
      }
    })();
  };

  const summary = errors.map((e) => ({ target: e.inputId, message: e.message }));

  const grant = (pattern: string) => {
    void requestHostPermission([pattern]).then(() => refreshPermissions(state.settings));
  };

  const onExport = () => {
    downloadText(
      'mosaic-companion-settings.json',
      'application/json',
      exportSettingsFile(state.settings),
    );
    setStatus({ kind: 'success', text: 'Settings exported to mosaic-companion-settings.json.' });
  };

  const onImport = async (file: File | undefined, input: HTMLInputElement) => {
    if (!file) return;
    input.value = '';
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      // Refused by its size before it is read: a large file is never loaded into memory.
      const mb = (bytes: number) => Math.max(1, Math.round(bytes / 1048576));
      setStatus({
        kind: 'error',
        text: `The file is ${Math.ceil(file.size / 1048576)} MB; a settings file is at most ${mb(MAX_SETTINGS_FILE_BYTES)} MB. Nothing was changed.`,
      });
      return;
    }
    const r = parseSettingsFile(await file.text(), state.locked);
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.message, details: r.problems });
      return;
    }
    const merged = { ...state.settings, ...r.values } as Settings;
    setFormState(settingsToForm(merged, ruleIds));
    setDirty(true);
    setErrors([]);
    setStatus({
      kind: 'success',
      text: `Settings loaded from ${file.name}. Check them, then press "Save settings" to use them.${
        r.skipped.length
          ? ` Not loaded, because your organisation sets them: ${describeSkipped(r.skipped)}.`
          : ''
      }`,
    });
  };

  const onPreview = async () => {
    setPreview(null);
    const overrides: Record<string, string[]> = {};
    for (const [id, text] of Object.entries(form.labelOverrides)) {
      const l = lines(text);
      if (l.length) overrides[id] = l;
    }
    setPreview(await previewLabels(state.settings.mosaicAddresses, overrides));
  };

  const { textField, checkbox } = settingFields({ form, setForm, isLocked, errorOf });

  return (
    <>
      <StatusNotice status={status} statusRef={statusRef} />
      <ErrorSummary id="mc-settings-errors" errors={summary} />
      <PolicyProblems problems={policyProblems.map((p) => p.message)} />

      <form data-testid="mc-settings" noValidate onSubmit={onSubmit} aria-label="Settings">
        <section aria-labelledby="mc-h-mosaic">
          <h2 id="mc-h-mosaic">Mosaic address</h2>
          {textField(
            'mosaicAddresses',
            'Mosaic addresses',
            'The address of your council’s Mosaic, for example https://mosaic.council.gov.uk (one per line). Mosaic Companion runs only there, and asks your permission when you save.',
            form.mosaicAddresses,
            { rows: 2 },
          )}
          <AddressPermissions
            addresses={state.settings.mosaicAddresses}
            permissions={permissions}
            onGrant={grant}
          />
          {textField(
            'personAddressPattern',
            'Person page address (optional)',
            'The address of a person’s page in Mosaic, with {id} where the Mosaic ID goes. The checklist links each case to it. Leave empty for no links.',
            form.personAddressPattern,
            { width: 'mc-input--wide' },
          )}
        </section>

        <section aria-labelledby="mc-h-budget">
          <h2 id="mc-h-budget">Suggested budget</h2>
          <BudgetTable
            form={form}
            setForm={setForm}
            locked={isLocked('budgetTable')}
            error={errorOf('budgetTable')?.message}
            errorCell={errorOf('budgetTable')?.inputId}
          />
          {checkbox(
            'budgetTableIsCouncils',
            'These are our council’s own amounts (not the example)',
          )}
        </section>

        <section aria-labelledby="mc-h-teams">
          <h2 id="mc-h-teams">Teams</h2>
          {textField(
            'teams',
            'Teams a Carers Review can be passed to',
            'One team per line, written exactly as Mosaic shows it.',
            form.teams,
            { rows: 8 },
          )}
        </section>

        <section aria-labelledby="mc-h-steps">
          <h2 id="mc-h-steps">Casework steps</h2>
          <StepNamesFields
            form={form}
            setForm={setForm}
            locked={isLocked('stepNames')}
            error={errorOf('stepNames')}
          />
        </section>

        <section aria-labelledby="mc-h-deadlines">
          <h2 id="mc-h-deadlines">Deadlines and reminders</h2>
          {textField(
            'closureDays',
            'Council closure days',
            'Days the council is closed that are not bank holidays, for example between Christmas and New Year. One date per line, written as yyyy-mm-dd, for example 2025-12-29. They do not count as working days.',
            form.closureDays,
            { rows: 4 },
          )}
          {checkbox('reminderEnabled', 'Show a reminder when something is overdue or due today')}
          {textField(
            'reminderTime',
            'Reminder time',
            'Use the 24-hour clock, for example 09:00.',
            form.reminderTime,
            {
              type: 'time',
              width: 'mc-input--short',
            },
          )}
          <ReminderDays
            days={form.reminderDays}
            setForm={setForm}
            locked={isLocked('reminderDays')}
            error={errorOf('reminderDays')?.message}
          />
          {textField(
            'retentionDays',
            'Days to keep closed cases',
            'Closed cases are deleted from this computer this many days after they are closed (1 to 3,650).',
            form.retentionDays,
            { type: 'number', width: 'mc-input--short' },
          )}
        </section>

        <section aria-labelledby="mc-h-names">
          <h2 id="mc-h-names">Names</h2>
          <NamesChoice
            initialsOnly={form.initialsOnly}
            setForm={setForm}
            locked={isLocked('initialsOnly')}
          />
        </section>

        <section aria-labelledby="mc-h-rules">
          <h2 id="mc-h-rules">Checks</h2>
          <RulesTable rules={rules} form={form} setForm={setForm} locked={isLocked('rules')} />
        </section>

        <section aria-labelledby="mc-h-labels">
          <h2 id="mc-h-labels">Field labels</h2>
          <p className="mc-hint">
            If your Mosaic words a question differently, add the words it uses here, for that field.
            The sidebar then recognises the field by these words as well. Use “Test on this page”
            with a Carers Conversation or Review open in Mosaic to see which fields it finds.
          </p>
          <details className="mc-details">
            <summary>Show every field</summary>
            <LabelOverrides
              form={form}
              setForm={setForm}
              locked={isLocked('labelOverrides')}
              error={errorOf('labelOverrides')?.message}
              errorField={errorOf('labelOverrides')?.inputId}
            />
          </details>
          <button
            type="button"
            className="mc-button mc-button--secondary"
            onClick={() => void onPreview()}
          >
            Test on this page
          </button>
          <LabelPreview preview={preview} />
        </section>

        <div className="mc-actions">
          <button type="submit" className="mc-button" disabled={saving}>
            Save settings
          </button>
          {dirty ? <span className="mc-hint">You have changes that are not saved yet.</span> : null}
        </div>
      </form>

      <TaughtLabels settings={state.settings} policySetsLabels={isLocked('labelOverrides')} />

      <SettingsFile onExport={onExport} onImport={(file, input) => void onImport(file, input)} />
    </>
  );
}
