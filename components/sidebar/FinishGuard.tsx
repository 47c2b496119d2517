/**
 * The dialog shown once when Finish is pressed with errors left: the list, and a choice to finish
 * anyway or go back. A modal dialog: focus moves into it, stays in it, and Escape closes it.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { count } from '@/lib/sidebar/format';
import type { ViewFinding } from '@/lib/sidebar/view';

export function FinishGuard({
  errors,
  onFinish,
  onBack,
}: {
  errors: ViewFinding[];
  onFinish: () => void;
  onBack: () => void;
}) {
  const dialog = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onBack();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(
      dialog.current.querySelectorAll<HTMLElement>('button, [tabindex="0"]'),
    );
    if (focusable.length === 0) return;
    const root = dialog.current.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && (active === first || active === heading.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }

  const n = errors.length;
  return (
    <div className="mc-backdrop">
      <div
        ref={dialog}
        className="mc-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="mc-guard-title"
        aria-describedby="mc-guard-desc"
        data-testid="mc-finish-guard"
        onKeyDown={onKeyDown}
      >
        <h2 id="mc-guard-title" tabIndex={-1} ref={heading}>
          {count(n, 'problem', 'problems')}: finish anyway?
        </h2>
        <p id="mc-guard-desc">
          This step still has {count(n, 'error', 'errors')}. You can finish anyway, or go back and
          fix {n === 1 ? 'it' : 'them'} first.
        </p>
        <ul>
          {errors.map((f) => (
            <li key={f.key}>{f.message}</li>
          ))}
        </ul>
        <button type="button" className="mc-button mc-secondary" onClick={onBack}>
          Go back and fix
        </button>
        <button type="button" className="mc-button mc-warning" onClick={onFinish}>
          Finish anyway
        </button>
      </div>
    </div>
  );
}
