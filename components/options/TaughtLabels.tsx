/**
 * The options page's "Taught labels": the questions workers taught the sidebar by pointing at
 * them ("Show me where it is"), each removable, the organisation's label overrides beside them
 * (read-only when the policy sets them), and the policy file that gives every worker all of them
 * (docs/label-overrides.md).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadTaughtLabels, removeTaughtLabel } from '@/entrypoints/options/taught-labels';
import { onSettingsChanged } from '@/entrypoints/options/services';
import { downloadText } from '@/lib/download';
import { shortDate } from '@/lib/dates-in-words';
import { fieldName } from '@/lib/rules/common/names';
import type { Settings } from '@/lib/settings/schema';
import { PAGE_KIND_NAMES, type TaughtLabel } from '@/lib/settings/taught-labels';
import { labelOverridesPolicy } from '@/lib/settings/taught-overrides';
import { LOCKED_TEXT } from './controls';

export const POLICY_FILE = 'mosaic-companion-label-overrides.json';

export interface TaughtLabelsProps {
  settings: Settings;
  /** The organisation's policy sets `labelOverrides`: they are shown here, read-only. */
  policySetsLabels: boolean;
}

export function TaughtLabels({ settings, policySetsLabels }: TaughtLabelsProps) {
  const [taught, setTaught] = useState<TaughtLabel[]>([]);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  const reload = useCallback(async () => setTaught(await loadTaughtLabels()), []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the first load from the background, then a subscription to its changes
    void reload();
    return onSettingsChanged(() => void reload());
  }, [reload]);

  const say = (text: string) => {
    setStatus(text);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const policyText = () =>
    `${JSON.stringify(labelOverridesPolicy(settings.labelOverrides, taught), null, 2)}\n`;

  const remove = async (l: TaughtLabel) => {
    const ok = await removeTaughtLabel(l);
    await reload();
    say(
      ok
        ? `Removed ‘${l.text}’ for ${fieldName(l.field)}.`
        : 'Could not remove it. Close this page and open it again.',
    );
  };

  const save = () => {
    downloadText(POLICY_FILE, 'application/json', policyText());
    say(`Saved as ${POLICY_FILE}.`);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(policyText());
      say('Copied. Paste it as the labelOverrides policy value.');
    } catch {
      say('Could not copy to the clipboard. Use “Save as policy file” instead.');
    }
  };

  const policyRows = policySetsLabels
    ? Object.entries(settings.labelOverrides).flatMap(([field, texts]) =>
        texts.map((text) => ({ field, text })),
      )
    : [];

  return (
    <section aria-labelledby="mc-h-taught" data-testid="mc-taught-labels">
      <h2 id="mc-h-taught">Taught labels</h2>
      <p className="mc-hint">
        When the sidebar cannot find a question, “Show me where it is” lets you point at it on the
        Mosaic page. The question’s words are kept here, with the page and the date. To give every
        worker these labels, send the policy file to your IT team.
      </p>
      {taught.length === 0 && policyRows.length === 0 ? (
        <p>No labels have been taught yet.</p>
      ) : (
        <div className="mc-table-wrap">
          <table className="mc-table">
            <caption className="mc-visually-hidden">Taught labels</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Question on the page</th>
                <th scope="col">Page</th>
                <th scope="col">Taught on</th>
                <th scope="col">
                  <span className="mc-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {taught.map((l) => (
                <tr key={`t:${l.field}:${l.text}`} data-testid="mc-taught-label">
                  <td>{fieldName(l.field)}</td>
                  <td>{l.text}</td>
                  <td>{PAGE_KIND_NAMES[l.pageKind]}</td>
                  <td>
                    <time dateTime={l.date}>{shortDate(l.date)}</time>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="mc-button mc-button--secondary"
                      onClick={() => void remove(l)}
                    >
                      Remove<span className="mc-visually-hidden"> ‘{l.text}’</span>
                    </button>
                  </td>
                </tr>
              ))}
              {policyRows.map((r) => (
                <tr key={`p:${r.field}:${r.text}`} data-testid="mc-policy-label">
                  <td>{fieldName(r.field)}</td>
                  <td>{r.text}</td>
                  <td colSpan={2}>Any</td>
                  <td>{LOCKED_TEXT}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="mc-actions">
        <button type="button" className="mc-button mc-button--secondary" onClick={save}>
          Save as policy file
        </button>
        <button
          type="button"
          className="mc-button mc-button--secondary"
          onClick={() => void copy()}
        >
          Copy for policy
        </button>
      </div>
      <p className="mc-hint">
        The file holds the <code>labelOverrides</code> setting: every field’s extra labels, those
        taught here and those already set, as the policy accepts them. It holds only question texts,
        never an answer or a name.
      </p>
      <p role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
    </section>
  );
}
