/**
 * Backups and files: export to JSON (a backup the extension can read back), CSV (a spreadsheet)
 * and iCalendar (due dates into Outlook); import JSON or CSV. A bad file is refused whole with
 * the row and the problem, and nothing stored changes.
 */
import { useState, type ChangeEvent } from 'react';

export interface FileActions {
  exportJson(): Promise<string>;
  exportCsv(): Promise<string>;
  exportIcs(): Promise<string>;
  /** Reads a file's text; the result says what happened, in words. */
  importText(
    fileName: string,
    text: string,
  ): Promise<{ ok: true; message: string } | { ok: false; errors: string[] }>;
  download(fileName: string, mimeType: string, text: string): void;
  today: string;
  /** Larger files are refused before they are read. */
  maxBytes: number;
}

export function ImportExport({
  actions,
  onMessage,
}: {
  actions: FileActions;
  onMessage: (text: string) => void;
}) {
  const [errors, setErrors] = useState<string[]>([]);
  const [fileName, setFileName] = useState('');

  async function save(kind: 'json' | 'csv' | 'ics') {
    const stem = `mosaic-companion-cases-${actions.today}`;
    if (kind === 'json')
      actions.download(`${stem}.json`, 'application/json', await actions.exportJson());
    if (kind === 'csv') actions.download(`${stem}.csv`, 'text/csv', await actions.exportCsv());
    if (kind === 'ics') actions.download(`${stem}.ics`, 'text/calendar', await actions.exportIcs());
    onMessage(
      kind === 'json'
        ? 'Backup file saved to your downloads.'
        : kind === 'csv'
          ? 'CSV file saved to your downloads.'
          : 'Calendar file saved to your downloads. Open it to add the due dates to Outlook.',
    );
  }

  async function load(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setFileName(file.name);
    if (file.size > actions.maxBytes) {
      setErrors([
        `The file is ${Math.ceil(file.size / 1048576)} MB; files of up to ${Math.floor(actions.maxBytes / 1048576)} MB can be imported. Nothing was imported.`,
      ]);
      input.value = '';
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setErrors([`“${file.name}” could not be read. Nothing was imported.`]);
      return;
    }
    const result = await actions.importText(file.name, text);
    input.value = '';
    if (result.ok) {
      setErrors([]);
      onMessage(result.message);
    } else {
      setErrors(result.errors);
    }
  }

  return (
    <section className="mc-files" aria-labelledby="mc-files-title">
      <h2 id="mc-files-title">Backup and files</h2>
      <div className="mc-buttons">
        <button type="button" onClick={() => void save('json')}>
          Save a backup (JSON)
        </button>
        <button type="button" onClick={() => void save('csv')}>
          Save as a spreadsheet (CSV)
        </button>
        <button type="button" onClick={() => void save('ics')}>
          Save due dates for Outlook (iCalendar)
        </button>
      </div>
      {errors.length > 0 ? (
        <div className="mc-error-summary" role="alert" aria-labelledby="mc-import-errors-title">
          <h3 id="mc-import-errors-title">
            {fileName ? `“${fileName}” was not imported` : 'The file was not imported'}
          </h3>
          <p>Nothing was changed. Fix these problems in the file and try again:</p>
          <ul>
            {errors.slice(0, 20).map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
          {errors.length > 20 ? <p>And {errors.length - 20} more problems.</p> : null}
        </div>
      ) : null}
      <div className="mc-field">
        <label htmlFor="mc-import-file">Import cases from a file</label>
        <p className="mc-hint" id="mc-import-file-hint">
          A backup saved by this extension (.json) or a spreadsheet saved as CSV (.csv). A case that
          is already in the checklist from the same backup is replaced by the one in the file.
        </p>
        <input
          type="file"
          id="mc-import-file"
          accept=".json,.csv,application/json,text/csv"
          aria-describedby="mc-import-file-hint"
          onChange={(e) => void load(e)}
        />
      </div>
    </section>
  );
}
