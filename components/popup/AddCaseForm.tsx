/**
 * Adding a case by hand. The labels are fixed by the contract (contract.md). Every control is
 * always shown; the hints say which case types use it, and the store ignores what a case type
 * does not use. Nothing is saved unless the whole input is valid.
 */
import { useRef, useState, type FormEvent } from 'react';
import { CASE_KIND_NAMES, CASE_KINDS } from '@/lib/cases/types';
import { FIELD_LABELS } from '@/lib/cases/input';
import { ErrorSummary, InlineError, type FieldError } from '../shared/ErrorSummary';

export type AddCaseResult =
  { ok: true; message: string } | { ok: false; errors: { field: string; message: string }[] };

const P = 'mc-add';
const DATE_FIELDS = ['allocated', 'homeVisit', 'serviceStart', 'reviewDate'] as const;
const LABELS: Record<string, string> = FIELD_LABELS;

export function AddCaseForm({
  onAdd,
}: {
  onAdd: (input: Record<string, unknown>) => Promise<AddCaseResult>;
}) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const checked = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).checked;

    const found: FieldError[] = [];
    for (const f of DATE_FIELDS) {
      const input = form.elements.namedItem(f) as HTMLInputElement;
      if (input.validity?.badInput)
        found.push({ target: `${P}-${f}`, message: `Enter a real date for “${LABELS[f]}”.` });
    }
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    const input: Record<string, unknown> = {
      personId: value('personId'),
      name: value('name'),
      kind: value('kind'),
      allocated: value('allocated') || null,
      homeVisit: value('homeVisit') || null,
      serviceStart: value('serviceStart') || null,
      ongoingCare: checked('ongoingCare') ? true : null,
      oneOffPayment: checked('oneOffPayment'),
      reviewDate: value('reviewDate') || null,
    };
    setBusy(true);
    try {
      const result = await onAdd(input);
      if (result.ok) {
        setErrors([]);
        form.reset();
      } else {
        setErrors(
          result.errors.map((p) => ({
            target: p.field in LABELS ? `${P}-${p.field}` : '',
            message: p.message,
          })),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  const messageFor = (f: string) => errors.find((e) => e.target === `${P}-${f}`)?.message;
  const aria = (f: string, hint?: string) => ({
    id: `${P}-${f}`,
    name: f,
    'aria-invalid': messageFor(f) ? true : undefined,
    'aria-describedby':
      [hint ? `${P}-${f}-hint` : null, messageFor(f) ? `${P}-${f}-error` : null]
        .filter(Boolean)
        .join(' ') || undefined,
  });
  const fieldClass = (f: string) => `mc-field${messageFor(f) ? ' mc-field-error' : ''}`;

  return (
    <form
      ref={formRef}
      className="mc-add-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="mc-add-title"
    >
      <h2 id="mc-add-title">Add a case</h2>
      <ErrorSummary id={`${P}-errors`} errors={errors} />

      <div className={fieldClass('personId')}>
        <label htmlFor={`${P}-personId`}>Mosaic ID</label>
        <p className="mc-hint" id={`${P}-personId-hint`}>
          The number in brackets after the person&rsquo;s name in Mosaic, for example 2204451.
        </p>
        <InlineError id={`${P}-personId-error`} message={messageFor('personId')} />
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          {...aria('personId', 'hint')}
        />
      </div>

      <div className={fieldClass('name')}>
        <label htmlFor={`${P}-name`}>Name</label>
        <InlineError id={`${P}-name-error`} message={messageFor('name')} />
        <input type="text" autoComplete="off" {...aria('name')} />
      </div>

      <div className={fieldClass('kind')}>
        <label htmlFor={`${P}-kind`}>Case type</label>
        <InlineError id={`${P}-kind-error`} message={messageFor('kind')} />
        <select defaultValue="" {...aria('kind')}>
          <option value="">Choose a case type</option>
          {CASE_KINDS.map((k) => (
            <option key={k} value={k}>
              {CASE_KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="mc-fieldset">
        <legend>Dates</legend>
        <p className="mc-hint">
          Past dates are fine: add cases after the fact. Leave a date empty if it is not known yet.
        </p>
        {(
          [
            ['allocated', 'Reablement, RAS and carer’s assessments.'],
            ['homeVisit', 'The assessment home visit, once it has happened or is booked.'],
            ['serviceStart', 'Reablement only.'],
            ['reviewDate', 'Carers Review only: the Scheduled Date of the next action.'],
          ] as const
        ).map(([f, hint]) => (
          <div className={fieldClass(f)} key={f}>
            <label htmlFor={`${P}-${f}`}>{LABELS[f]}</label>
            <p className="mc-hint" id={`${P}-${f}-hint`}>
              {hint}
            </p>
            <InlineError id={`${P}-${f}-error`} message={messageFor(f)} />
            <input type="date" {...aria(f, 'hint')} />
          </div>
        ))}
      </fieldset>

      <div className={`${fieldClass('ongoingCare')} mc-check`}>
        <input type="checkbox" {...aria('ongoingCare', 'hint')} />
        <label htmlFor={`${P}-ongoingCare`}>Ongoing care needed</label>
        <p className="mc-hint" id={`${P}-ongoingCare-hint`}>
          Reablement only. Leave it unticked while it is not known yet.
        </p>
        <InlineError id={`${P}-ongoingCare-error`} message={messageFor('ongoingCare')} />
      </div>

      <div className={`${fieldClass('oneOffPayment')} mc-check`}>
        <input type="checkbox" {...aria('oneOffPayment', 'hint')} />
        <label htmlFor={`${P}-oneOffPayment`}>One-off carer's payment</label>
        <p className="mc-hint" id={`${P}-oneOffPayment-hint`}>
          Carer&rsquo;s assessment only.
        </p>
        <InlineError id={`${P}-oneOffPayment-error`} message={messageFor('oneOffPayment')} />
      </div>

      <button
        type="submit"
        id="mc-add-submit"
        className="mc-primary"
        aria-disabled={busy || undefined}
      >
        Add case
      </button>
    </form>
  );
}
