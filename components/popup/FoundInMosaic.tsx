/**
 * "Found in Mosaic" (deadlines.md, "Where cases come from"): casework steps the worker opened in
 * Mosaic in the last 14 days whose case is not in the checklist, each with Track and Dismiss.
 * Track adds the case as the step's "Track this case" does, with the date of allocation the step
 * showed, or the one date asked for here. Dismiss stops offering it (lib/db/found.ts).
 *
 * The date asked for is labelled "Date it was allocated": the add-case form's "Date of allocation"
 * and a case's "Allocated on" each name one control of the checklist (contract.md).
 */
import { useId, useState, type FormEvent } from 'react';
import { CASE_KIND_NAMES } from '@/lib/cases/types';
import type { Sighting } from '@/lib/db/found';
import { FOUND_DAYS } from '@/lib/db/sightings';
import { shortDate } from '@/lib/dates-in-words';
import { InlineError } from '../shared/ErrorSummary';

export interface FoundActions {
  /** Adds the case; the problems to show when it was not added. */
  track(found: Sighting, allocated: string | null): Promise<string[]>;
  dismiss(found: Sighting): Promise<void>;
}

export const foundTitle = (f: Sighting) =>
  `${CASE_KIND_NAMES[f.kind]} for ${f.name || `Mosaic ID ${f.personId}`}`;

export function FoundInMosaic({ found, actions }: { found: Sighting[]; actions: FoundActions }) {
  if (found.length === 0) return null;
  return (
    <section
      className="mc-group mc-found"
      aria-labelledby="mc-found-title"
      data-testid="mc-found-list"
    >
      <h2 id="mc-found-title" tabIndex={-1}>
        Found in Mosaic <span className="mc-count">({found.length})</span>
      </h2>
      <p className="mc-hint">
        Casework steps you opened in Mosaic in the last {FOUND_DAYS} days that are not in your
        checklist. Track one to add it, or dismiss it if it is not yours to track.
      </p>
      <ul className="mc-cases">
        {found.map((f) => (
          <FoundItem key={`${f.personId} ${f.kind}`} found={f} actions={actions} />
        ))}
      </ul>
    </section>
  );
}

function FoundItem({ found, actions }: { found: Sighting; actions: FoundActions }) {
  const id = useId();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const dateId = `${id}-date`;
  const hidden = <span className="mc-visually-hidden"> {foundTitle(found)}</span>;

  async function track(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    let allocated = found.allocated;
    if (allocated === null) {
      const input = e.currentTarget.elements.namedItem('allocated') as HTMLInputElement;
      const problem = input.validity?.badInput
        ? 'Enter a real date for when it was allocated, for example 27 3 2026.'
        : input.value === ''
          ? 'Enter the date it was allocated, as the step shows it in Mosaic.'
          : '';
      if (problem) {
        setError(problem);
        input.focus();
        return;
      }
      allocated = input.value;
    }
    setBusy(true);
    try {
      const problems = await actions.track(found, allocated);
      setError(problems.join(' '));
      if (problems.length && found.allocated === null) document.getElementById(dateId)?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className="mc-case mc-found-item"
      data-testid="mc-found"
      data-person-id={found.personId}
      data-kind={found.kind}
    >
      <h3 className="mc-found-name">
        {found.name || `Mosaic ID ${found.personId}`}{' '}
        <span className="mc-found-id">(Mosaic ID {found.personId})</span>
      </h3>
      <p className="mc-found-step">
        {CASE_KIND_NAMES[found.kind]}: you opened the {found.stepName} step on{' '}
        {shortDate(found.seenOn)}.
      </p>
      <form onSubmit={(e) => void track(e)} noValidate>
        {found.allocated !== null ? (
          <p>Date of allocation: {shortDate(found.allocated)} (as the step showed it).</p>
        ) : (
          <div className={`mc-field${error ? ' mc-field-error' : ''}`}>
            <label htmlFor={dateId}>
              Date it was allocated
              <span className="mc-visually-hidden"> ({foundTitle(found)})</span>
            </label>
            <p className="mc-hint" id={`${dateId}-hint`}>
              The step did not show it. Enter it as it is in Mosaic.
            </p>
            <InlineError id={`${dateId}-error`} message={error} />
            <input
              id={dateId}
              name="allocated"
              type="date"
              aria-invalid={error ? true : undefined}
              aria-describedby={`${dateId}-hint${error ? ` ${dateId}-error` : ''}`}
            />
          </div>
        )}
        {found.allocated !== null ? <InlineError id={`${dateId}-error`} message={error} /> : null}
        <div className="mc-case-actions">
          <button type="submit" aria-disabled={busy || undefined}>
            Track{hidden}
          </button>
          <button
            type="button"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) void actions.dismiss(found);
            }}
          >
            Dismiss{hidden}
          </button>
        </div>
      </form>
    </li>
  );
}
