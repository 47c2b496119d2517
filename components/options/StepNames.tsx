/** The options page's casework step names: one list of names per case type. */
import { CASE_KIND_NAMES } from '@/lib/cases/types';
import type { FormValues } from '@/lib/settings/form';
import { stepNamesInputId } from '@/lib/settings/step-names-form';
import { STEP_KINDS } from '@/lib/steps/names';
import { Field } from './controls';

export function StepNamesFields({
  form,
  setForm,
  locked,
  error,
}: {
  form: FormValues;
  setForm: (update: (f: FormValues) => FormValues) => void;
  locked: boolean;
  error?: { inputId: string; message: string };
}) {
  return (
    <>
      <p className="mc-hint">
        The names of your council’s casework steps, as the step’s title shows them before the colon
        (“RAS assessment : Jane Doe (123456)”). On these steps Mosaic Companion shows the case’s
        deadlines and offers to track it. One name per line; a name can belong to one case type
        only.
      </p>
      {STEP_KINDS.map((kind) => {
        const id = stepNamesInputId(kind);
        const message = error?.inputId === id ? error.message : undefined;
        return (
          <Field
            key={kind}
            id={id}
            label={`Steps for ${CASE_KIND_NAMES[kind]}`}
            error={message}
            locked={locked}
          >
            {(by, invalid) => (
              <textarea
                className="mc-textarea"
                id={id}
                rows={3}
                value={form.stepNames[kind]}
                readOnly={locked}
                aria-describedby={by}
                aria-invalid={invalid || undefined}
                spellCheck={false}
                onChange={(e) => {
                  const v = e.target.value;
                  setForm((f) => ({ ...f, stepNames: { ...f.stepNames, [kind]: v } }));
                }}
              />
            )}
          </Field>
        );
      })}
    </>
  );
}
