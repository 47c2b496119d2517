/**
 * A GOV.UK-style error summary: a titled alert listing each problem as a link to its control.
 * It takes focus when it appears, so keyboard and screen reader users hear the problems at once.
 * A link goes to its control with the control's label or legend in view (lib/focus.ts).
 */
import { useEffect, useRef } from 'react';
import { focusControlById } from '@/lib/focus';

export interface FieldError {
  /** The id of the control the message is about (empty: not about one control). */
  target: string;
  message: string;
}

export function ErrorSummary({
  id,
  errors,
  title = 'There is a problem',
}: {
  id: string;
  errors: FieldError[];
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      className="mc-error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={`${id}-title`}
      id={id}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.target}-${i}`}>
            {e.target ? (
              <a
                href={`#${e.target}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  focusControlById(ev.currentTarget.ownerDocument, e.target);
                }}
              >
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message under a control, announced with it through aria-describedby. */
export function InlineError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mc-error-message">
      <span className="mc-visually-hidden">Error: </span>
      {message}
    </p>
  );
}
