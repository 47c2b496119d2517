/** "Track this case": adds the person's Carer's assessment or Carers Review to the checklist. */
import { useId, useState } from 'react';
import type { PageKind } from '@/lib/page/kinds';
import { trackCase } from '@/entrypoints/sidebar.content/bridge';
import { londonToday } from '@/lib/sidebar/format';

export function TrackCase({
  kind,
  personId,
  personName,
}: {
  kind: PageKind;
  personId: string;
  personName: string;
}) {
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(() => londonToday());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  if (kind !== 'carers-conversation' && kind !== 'carers-review') return null;
  const caseKind = kind === 'carers-review' ? 'carers-review' : 'carers-assessment';
  const caseWords = kind === 'carers-review' ? 'Carers Review' : 'Carer’s assessment';

  async function submit() {
    setBusy(true);
    setResult(null);
    const reply = await trackCase({
      personId,
      name: personName.slice(0, 200),
      kind: caseKind,
      allocated: date || null,
    });
    setBusy(false);
    setResult(
      reply.ok
        ? { ok: true, text: `Added to your checklist: ${caseWords} for ${personName}.` }
        : { ok: false, text: reply.errors.join(' ') },
    );
  }

  return (
    <section className="mc-panelbox" aria-labelledby={`${id}-title`} data-testid="mc-track">
      <h3 id={`${id}-title`}>Deadlines</h3>
      {!open ? (
        <button
          type="button"
          className="mc-button mc-secondary"
          onClick={() => setOpen(true)}
          aria-expanded="false"
        >
          Track this case
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p>
            Add a {caseWords} for {personName} to your checklist.
          </p>
          <div className="mc-field">
            <label htmlFor={`${id}-date`}>Date of allocation</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              required
            />
          </div>
          <button type="submit" className="mc-button" disabled={busy}>
            Track this case
          </button>
          <button type="button" className="mc-button mc-secondary" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      )}
      <p role="status" className={result?.ok ? 'mc-success' : 'mc-error-text'}>
        {result?.text ?? ''}
      </p>
    </section>
  );
}
