/**
 * Export and import of the caseload: JSON (the extension's own backup, round-trips exactly, here),
 * CSV (csv.ts) and iCalendar (ics.ts).
 *
 * An import is checked whole before anything is stored (import-check.ts): a bad file is refused
 * with messages that name the row and the problem, and what is stored does not change.
 */
import * as z from 'zod/mini';
import { CheckedCases, TOO_BIG, tooBig, type ImportResult } from './import-check';
import { CaseRecordSchema, type CaseRecord } from './types';

export { importCases } from '../db/import';
export { CheckedCases, MAX_IMPORT_BYTES, type ImportResult } from './import-check';
export { CSV_COLUMNS, exportCsv, parseCsvImport } from './csv';
export { exportIcs, foldLine } from './ics';

export const EXPORT_FORMAT = 'mosaic-companion-cases';
/** The JSON backup's version: raise it when the layout of `cases` changes, and keep reading older ones. */
export const EXPORT_VERSION = 1;

/** The extension's own backup: every case exactly as stored. */
export function exportJson(records: CaseRecord[], exportedOn: string): string {
  const cases = records.map((r) => CaseRecordSchema.parse(r));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedOn, cases }, null, 1)}\n`;
}

export function parseJsonImport(text: string): ImportResult {
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read.'] };
  if (tooBig(text)) return { ok: false, errors: [TOO_BIG] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      errors: ['The file is not a Mosaic Companion backup: it is not valid JSON.'],
    };
  }
  const head = z
    .object({
      format: z.literal(EXPORT_FORMAT),
      version: z.number().check(z.int(), z.gte(1)),
      cases: z.array(z.unknown()),
    })
    .safeParse(data);
  if (!head.success) {
    const v = (data as { format?: unknown; version?: unknown } | null)?.version;
    const isOurs = (data as { format?: unknown } | null)?.format === EXPORT_FORMAT;
    if (isOurs && typeof v === 'number' && Number.isInteger(v) && v > EXPORT_VERSION) {
      return newer(v);
    }
    return {
      ok: false,
      errors: [
        isOurs
          ? 'The backup is damaged: it needs a whole-number version and a list of cases.'
          : 'The file is not a Mosaic Companion backup (it has no "format": "mosaic-companion-cases").',
      ],
    };
  }
  if (head.data.version > EXPORT_VERSION) return newer(head.data.version);
  return CheckedCases.check(head.data.cases, (i) => `Case ${i + 1}`);
}

function newer(version: number): ImportResult {
  return {
    ok: false,
    errors: [
      `The backup was written by a newer version of Mosaic Companion (file version ${version}; this version reads up to ${EXPORT_VERSION}). Update the extension and try again. Nothing was changed.`,
    ],
  };
}
