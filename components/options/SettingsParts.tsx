/**
 * Parts of the options page that hold no state of their own: the status after an action, the
 * organisation's settings that could not be used, each Mosaic address's permission, the reminder
 * days, how people are named, the label preview's result, and the settings file's buttons.
 */
import type { RefObject } from 'react';
import { addressPatterns } from '@/lib/settings/address';
import { inputId, type FormValues } from '@/lib/settings/form';
import type { PreviewResult } from '@/entrypoints/options/services';
import { FieldSet } from './controls';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export type Status = { kind: 'success' | 'error'; text: string; details?: string[] } | null;
type SetForm = (update: (f: FormValues) => FormValues) => void;

export function StatusNotice({
  status,
  statusRef,
}: {
  status: Status;
  statusRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div aria-live="polite" className="mc-status-region">
      {status ? (
        <div
          ref={statusRef}
          tabIndex={-1}
          className={
            status.kind === 'success' ? 'mc-notice mc-notice--success' : 'mc-error-summary'
          }
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-testid="mc-settings-status"
        >
          <p className="mc-notice-title">{status.text}</p>
          {status.details?.length ? (
            <ul>
              {status.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function PolicyProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <div className="mc-notice" role="note">
      <p className="mc-notice-title">Some of your organisation’s settings could not be used</p>
      <p>These were ignored, and the usual values are used instead. Tell your IT team:</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

export function AddressPermissions({
  addresses,
  permissions,
  onGrant,
}: {
  addresses: string[];
  permissions: Record<string, boolean>;
  onGrant: (pattern: string) => void;
}) {
  if (!addresses.length) {
    return (
      <p className="mc-hint">No Mosaic address is set, so Mosaic Companion runs on no website.</p>
    );
  }
  return (
    <ul className="mc-permissions" aria-label="Permission for each Mosaic address">
      {addressPatterns(addresses).map((p) => {
        const origin = p.replace(/\/\*$/, '');
        return (
          <li key={p} data-address={origin} data-granted={permissions[p] ? 'true' : 'false'}>
            <span>{origin}: </span>
            {permissions[p] ? (
              <strong>Mosaic Companion is allowed to run here.</strong>
            ) : (
              <>
                <strong>Not allowed yet.</strong>{' '}
                <button
                  type="button"
                  className="mc-button mc-button--secondary"
                  onClick={() => onGrant(p)}
                >
                  Allow Mosaic Companion on {origin}
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function ReminderDays({
  days,
  setForm,
  locked,
  error,
}: {
  days: number[];
  setForm: SetForm;
  locked: boolean;
  error: string | undefined;
}) {
  return (
    <FieldSet
      id={inputId.setting('reminderDays')}
      legend="Reminder days"
      hint="Bank holidays and closure days are always skipped."
      error={error}
      locked={locked}
    >
      <div className="mc-checkboxes">
        {DAYS.map((day, i) => {
          const n = i + 1;
          const id = `${inputId.setting('reminderDays')}-${n}`;
          return (
            <div className="mc-checkbox-item" key={day}>
              <input
                id={id}
                type="checkbox"
                className="mc-checkbox"
                checked={days.includes(n)}
                disabled={locked}
                onChange={(e) => {
                  const on = e.target.checked;
                  setForm((f) => ({
                    ...f,
                    reminderDays: on
                      ? [...f.reminderDays, n].sort()
                      : f.reminderDays.filter((d) => d !== n),
                  }));
                }}
              />
              <label htmlFor={id}>{day}</label>
            </div>
          );
        })}
      </div>
    </FieldSet>
  );
}

export function NamesChoice({
  initialsOnly,
  setForm,
  locked,
}: {
  initialsOnly: boolean;
  setForm: SetForm;
  locked: boolean;
}) {
  return (
    <FieldSet
      id={inputId.setting('initialsOnly')}
      legend="How people are named in the checklist"
      hint="With initials only, the checklist stores and shows A.B. instead of the name as Mosaic shows it."
      locked={locked}
    >
      {[
        { value: false, label: 'Full names, as Mosaic shows them' },
        { value: true, label: 'Initials only' },
      ].map((o) => {
        const id = `${inputId.setting('initialsOnly')}-${o.value ? 'initials' : 'names'}`;
        return (
          <div className="mc-radio-item" key={id}>
            <input
              id={id}
              type="radio"
              name="initialsOnly"
              className="mc-radio"
              checked={initialsOnly === o.value}
              disabled={locked}
              onChange={() => setForm((f) => ({ ...f, initialsOnly: o.value }))}
            />
            <label htmlFor={id}>{o.label}</label>
          </div>
        );
      })}
    </FieldSet>
  );
}

export function LabelPreview({ preview }: { preview: PreviewResult | null }) {
  const missing = preview?.ok ? preview.reply.fields.filter((f) => !f.found) : [];
  return (
    <div aria-live="polite" data-testid="mc-label-preview">
      {preview ? (
        preview.ok ? (
          <div className="mc-notice">
            <p className="mc-notice-title">
              On {preview.reply.pageKind} ({preview.tabTitle}):{' '}
              {preview.reply.fields.length - missing.length} of {preview.reply.fields.length} fields
              found.
            </p>
            {missing.length ? (
              <>
                <p>Not found:</p>
                <ul>
                  {missing.map((f) => (
                    <li key={f.field}>
                      <code>{f.field}</code>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : (
          <p className="mc-notice">{preview.message}</p>
        )
      ) : null}
    </div>
  );
}

export function SettingsFile({
  onExport,
  onImport,
}: {
  onExport: () => void;
  onImport: (file: File | undefined, input: HTMLInputElement) => void;
}) {
  return (
    <section aria-labelledby="mc-h-file" className="mc-file">
      <h2 id="mc-h-file">Export and import</h2>
      <p className="mc-hint">
        Save these settings to a file to copy them to another computer. A file is checked before
        anything is used: a file with any problem is refused whole.
      </p>
      <div className="mc-actions">
        <button type="button" className="mc-button mc-button--secondary" onClick={onExport}>
          Export settings
        </button>
      </div>
      <div className="mc-form-group">
        <label className="mc-label" htmlFor="mc-import">
          Import settings from a file
        </label>
        <input
          id="mc-import"
          type="file"
          accept="application/json,.json"
          className="mc-file-input"
          onChange={(e) => onImport(e.target.files?.[0], e.target)}
        />
      </div>
    </section>
  );
}
