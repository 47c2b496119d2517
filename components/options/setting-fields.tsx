/**
 * The options page's one-line settings: a text box (or text area) and a checkbox, each with its
 * hint, "set by your organisation" note and inline error, writing into the form's values.
 */
import { inputId, type FormError, type FormValues } from '@/lib/settings/form';
import type { SettingsKey } from '@/lib/settings/schema';
import { Field, LockedNote } from './controls';

interface SettingFieldsInput {
  form: FormValues;
  setForm: (update: (f: FormValues) => FormValues) => void;
  isLocked: (key: SettingsKey) => boolean;
  errorOf: (key: SettingsKey) => FormError | undefined;
}

/** Render functions for the settings of `form`, bound to its state. */
export function settingFields({ form, setForm, isLocked, errorOf }: SettingFieldsInput) {
  const textField = (
    key: SettingsKey,
    label: string,
    hint: string,
    value: string,
    opts: { rows?: number; type?: string; width?: string } = {},
  ) => {
    const id = inputId.setting(key);
    const locked = isLocked(key);
    return (
      <Field id={id} label={label} hint={hint} error={errorOf(key)?.message} locked={locked}>
        {(by, invalid) => {
          const common = {
            id,
            value,
            readOnly: locked,
            'aria-describedby': by,
            'aria-invalid': invalid || undefined,
            spellCheck: false,
            onChange: (e: { target: { value: string } }) => {
              const v = e.target.value;
              setForm((f) => ({ ...f, [key]: v }));
            },
          };
          return opts.rows ? (
            <textarea className="mc-textarea" rows={opts.rows} {...common} />
          ) : (
            <input
              className={`mc-input ${opts.width ?? ''}`}
              type={opts.type ?? 'text'}
              {...common}
            />
          );
        }}
      </Field>
    );
  };

  const checkbox = (key: 'budgetTableIsCouncils' | 'reminderEnabled', label: string) => {
    const id = inputId.setting(key);
    const locked = isLocked(key);
    return (
      <div className="mc-form-group">
        <LockedNote id={id} locked={locked} />
        <div className="mc-checkbox-item">
          <input
            id={id}
            type="checkbox"
            className="mc-checkbox"
            checked={form[key]}
            disabled={locked}
            aria-describedby={locked ? `${id}-locked` : undefined}
            onChange={(e) => {
              const v = e.target.checked;
              setForm((f) => ({ ...f, [key]: v }));
            }}
          />
          <label htmlFor={id}>{label}</label>
        </div>
      </div>
    );
  };

  return { textField, checkbox };
}
