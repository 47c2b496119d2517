/**
 * Small building blocks of the settings form: a question with its hint, the "set by your
 * organisation" note and its inline error, wired to the control through aria-describedby.
 */
import type { ReactNode } from 'react';
import { InlineError } from '@/components/shared/ErrorSummary';

export const LOCKED_TEXT = 'Set by your organisation';

export interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  locked?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** ids of the hint, locked note and error under a control, for its aria-describedby */
export function describedBy(
  id: string,
  hint: boolean,
  locked: boolean,
  error: boolean,
): string | undefined {
  const ids = [hint && `${id}-hint`, locked && `${id}-locked`, error && `${id}-error`].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

export function LockedNote({ id, locked }: { id: string; locked: boolean | undefined }) {
  if (!locked) return null;
  return (
    <p className="mc-locked" id={`${id}-locked`}>
      {LOCKED_TEXT}
    </p>
  );
}

/** A labelled control: label, hint, locked note, error, then the control. */
export function Field({ id, label, hint, error, locked, children }: FieldProps) {
  const by = describedBy(id, Boolean(hint), Boolean(locked), Boolean(error));
  return (
    <div className={`mc-form-group${error ? ' mc-form-group--error' : ''}`}>
      <label className="mc-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="mc-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <LockedNote id={id} locked={locked} />
      <InlineError id={`${id}-error`} message={error} />
      {children(by, Boolean(error))}
    </div>
  );
}

/** A group of radios or checkboxes with a legend. */
export function FieldSet({
  id,
  legend,
  hint,
  error,
  locked,
  children,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  locked?: boolean;
  children: ReactNode;
}) {
  const by = describedBy(id, Boolean(hint), Boolean(locked), Boolean(error));
  return (
    <div className={`mc-form-group${error ? ' mc-form-group--error' : ''}`}>
      <fieldset className="mc-fieldset" aria-describedby={by} id={`${id}-group`}>
        <legend className="mc-label">{legend}</legend>
        {hint ? (
          <div className="mc-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        <LockedNote id={id} locked={locked} />
        <InlineError id={`${id}-error`} message={error} />
        {children}
      </fieldset>
    </div>
  );
}
