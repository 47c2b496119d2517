/** The sections of the settings form that are more than one control. */
import { CARING_LEVELS, FIELDS, IMPACT_LEVELS } from '@/lib/page/fields';

/** One row per field, and one per column of a table field. */
const LABEL_ROWS = FIELDS.flatMap((f) => [
  { id: f.id, labels: f.labels, areas: f.kind === 'areas' },
  ...(f.columns ?? []).map((c) => ({ id: `${f.id}.${c.id}`, labels: c.labels, areas: false })),
]);
import { inputId, type FormValues, type RuleFormValue } from '@/lib/settings/form';
import { SEVERITIES, type Severity } from '@/lib/settings/schema';
import { InlineError } from '@/components/shared/ErrorSummary';
import { LockedNote, describedBy } from './controls';

type SetForm = (update: (f: FormValues) => FormValues) => void;

const short = (text: string) => text.replace(/^\d[:.]\s*/, '').replace(/\s*\(.*\)\s*$/, '');

/** The council's suggested budget: level of the caring role (rows) × impact on wellbeing (columns). */
export function BudgetTable({
  form,
  setForm,
  locked,
  error,
  errorCell,
}: {
  form: FormValues;
  setForm: SetForm;
  locked: boolean;
  error?: string;
  errorCell?: string;
}) {
  const id = 'mc-budget';
  const by = describedBy(id, true, locked, Boolean(error));
  return (
    <div className={`mc-form-group${error ? ' mc-form-group--error' : ''}`}>
      <p className="mc-hint" id={`${id}-hint`}>
        The amount in pounds the sidebar suggests for each level of the caring role and impact on
        wellbeing.
        {form.budgetTableIsCouncils
          ? ' These are marked as your council’s own amounts.'
          : ' The amounts shipped with Mosaic Companion are only an example until your council enters its own.'}
      </p>
      <LockedNote id={id} locked={locked} />
      <InlineError id={`${id}-error`} message={error} />
      <div className="mc-table-wrap">
        <table className="mc-table mc-budget-table" data-testid="mc-budget-table">
          <caption className="mc-visually-hidden">Suggested budget in pounds</caption>
          <thead>
            <tr>
              <td className="mc-corner">
                <span className="mc-visually-hidden">
                  Level of the caring role, by impact on wellbeing
                </span>
                <span aria-hidden="true">Level ↓ / Impact →</span>
              </td>
              {IMPACT_LEVELS.map((label, impact) => (
                <th scope="col" key={label}>
                  Impact {impact}: {short(label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CARING_LEVELS.map((levelLabel, level) => (
              <tr key={levelLabel}>
                <th scope="row">
                  Level {level}: {short(levelLabel)}
                </th>
                {IMPACT_LEVELS.map((impactLabel, impact) => {
                  const cellId = inputId.budget(level, impact);
                  return (
                    <td key={impactLabel}>
                      <span className="mc-currency" aria-hidden="true">
                        £
                      </span>
                      <input
                        id={cellId}
                        className="mc-input mc-input--amount"
                        type="number"
                        min={0}
                        max={100000}
                        step="0.01"
                        inputMode="decimal"
                        aria-label={`Level ${level} (${short(levelLabel)}), impact ${impact} (${short(impactLabel)}): amount in pounds`}
                        aria-describedby={by}
                        aria-invalid={errorCell === cellId || undefined}
                        readOnly={locked}
                        value={form.budgetTable[level]?.[impact] ?? ''}
                        onChange={(e) => {
                          const value = e.target.value;
                          setForm((f) => ({
                            ...f,
                            budgetTable: f.budgetTable.map((row, r) =>
                              r === level
                                ? row.map((cell, c) => (c === impact ? value : cell))
                                : row,
                            ),
                          }));
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export interface RuleRow {
  id: string;
  severity: Severity;
  fields: string[];
}

const SEVERITY_NAMES: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Advice',
};

/** Every check with its shipped severity: switch it off or change its severity. */
export function RulesTable({
  rules,
  form,
  setForm,
  locked,
}: {
  rules: RuleRow[];
  form: FormValues;
  setForm: SetForm;
  locked: boolean;
}) {
  const id = inputId.setting('rules');
  if (rules.length === 0) {
    return <p className="mc-hint">The list of checks is not available in this version.</p>;
  }
  const set = (ruleId: string, value: RuleFormValue) =>
    setForm((f) => ({ ...f, rules: { ...f.rules, [ruleId]: value } }));
  return (
    <div className="mc-form-group">
      <p className="mc-hint" id={`${id}-hint`}>
        Switch a check off, or change how serious it is. Errors should be put right before the step
        is finished; warnings are probably wrong; advice is for information.
      </p>
      <LockedNote id={id} locked={locked} />
      <div className="mc-table-wrap">
        <table className="mc-table" id={id} tabIndex={-1}>
          <caption className="mc-visually-hidden">Checks</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Shipped as</th>
              <th scope="col">On</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => {
              const value = form.rules[rule.id] ?? { enabled: true, severity: '' };
              const cell = inputId.rule(rule.id);
              return (
                <tr key={rule.id} data-rule-setting={rule.id}>
                  <th scope="row">
                    <code>{rule.id}</code>
                  </th>
                  <td>{SEVERITY_NAMES[rule.severity]}</td>
                  <td>
                    <input
                      type="checkbox"
                      id={`${cell}-on`}
                      className="mc-checkbox"
                      aria-label={`${rule.id}: on`}
                      checked={value.enabled}
                      disabled={locked}
                      aria-describedby={locked ? `${id}-locked` : undefined}
                      onChange={(e) => set(rule.id, { ...value, enabled: e.target.checked })}
                    />
                  </td>
                  <td>
                    <select
                      id={`${cell}-severity`}
                      className="mc-select"
                      aria-label={`${rule.id}: severity`}
                      value={value.severity}
                      disabled={locked}
                      aria-describedby={locked ? `${id}-locked` : undefined}
                      onChange={(e) =>
                        set(rule.id, {
                          ...value,
                          severity: e.target.value as RuleFormValue['severity'],
                        })
                      }
                    >
                      <option value="">As shipped ({SEVERITY_NAMES[rule.severity]})</option>
                      {SEVERITIES.map((s) => (
                        <option key={s} value={s}>
                          {SEVERITY_NAMES[s]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Extra label texts per field id, for a Mosaic whose questions are worded differently. */
export function LabelOverrides({
  form,
  setForm,
  locked,
  error,
  errorField,
}: {
  form: FormValues;
  setForm: SetForm;
  locked: boolean;
  error?: string;
  errorField?: string;
}) {
  const id = inputId.setting('labelOverrides');
  return (
    <div className={`mc-form-group${error ? ' mc-form-group--error' : ''}`}>
      <LockedNote id={id} locked={locked} />
      <InlineError id={`${id}-error`} message={error} />
      <div className="mc-table-wrap">
        <table className="mc-table mc-labels-table">
          <caption className="mc-visually-hidden">Field labels</caption>
          <thead>
            <tr>
              <th scope="col">Field id</th>
              <th scope="col">Recognised by</th>
              <th scope="col">Extra labels (one per line)</th>
            </tr>
          </thead>
          <tbody>
            {LABEL_ROWS.map((f) => {
              const cell = inputId.label(f.id);
              return (
                <tr key={f.id}>
                  <th scope="row">
                    <code>{f.id}</code>
                  </th>
                  <td>
                    {f.labels.length
                      ? f.labels.join(' · ')
                      : f.areas
                        ? 'its place in Section 2'
                        : ''}
                  </td>
                  <td>
                    <textarea
                      id={cell}
                      className="mc-textarea mc-textarea--small"
                      rows={1}
                      aria-label={`Extra labels for ${f.id}`}
                      aria-describedby={
                        [locked && `${id}-locked`, errorField === cell && `${id}-error`]
                          .filter(Boolean)
                          .join(' ') || undefined
                      }
                      aria-invalid={errorField === cell || undefined}
                      readOnly={locked}
                      value={form.labelOverrides[f.id] ?? ''}
                      onChange={(e) => {
                        const value = e.target.value;
                        setForm((v) => ({
                          ...v,
                          labelOverrides: { ...v.labelOverrides, [f.id]: value },
                        }));
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
