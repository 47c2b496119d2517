/**
 * A step's date stamps (forms.md, "Work steps"): the status strip of a step editor shows when the
 * step came in, was allocated and was started, as `Allocated 24/11/2026` or `Allocated: 24 Nov
 * 2026`. The date of allocation is taken from them when the page shows one (docs/deadlines.md,
 * "Cases from Mosaic steps"): Allocated, else Incoming, else Started.
 */

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

function realDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2200) return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A stamp's date, `24/11/2026` or `24 Nov 2026` (also `24 November 2026`, `Sept`), as yyyy-mm-dd;
 * null for anything else or a date that does not exist (31/02/2026).
 */
export function parseStampDate(text: string): string | null {
  const s = text.replace(/[\s\u00a0]+/g, ' ').trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (uk) return realDate(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  const long = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/.exec(s);
  if (!long) return null;
  const word = long[2].toLowerCase();
  const m = MONTHS.findIndex(
    (name, i) =>
      word === name ||
      (word.length > 3 && FULL_MONTHS[i].startsWith(word)) ||
      (name === 'sep' && word === 'sept'),
  );
  if (m < 0) return null;
  return realDate(Number(long[3]), m + 1, Number(long[1]));
}

const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const STAMP_LABELS = ['Allocated', 'Incoming', 'Started'] as const;
export type StampLabel = (typeof STAMP_LABELS)[number];

const DATE = String.raw`(\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2} [A-Za-z]{3,9}\.? \d{4})`;
const STAMP = new RegExp(
  String.raw`(?:^|[^A-Za-z])(Allocated|Incoming|Started)(?: date| on)?\s*:?\s*${DATE}`,
  'gi',
);

/** Each date stamp the text shows, by label (the first of each label wins; bad dates are left out). */
export function readStamps(text: string): Partial<Record<StampLabel, string>> {
  const out: Partial<Record<StampLabel, string>> = {};
  const flat = text.replace(/[\s\u00a0]+/g, ' ');
  for (const m of flat.matchAll(STAMP)) {
    const label = (m[1][0].toUpperCase() + m[1].slice(1).toLowerCase()) as StampLabel;
    if (out[label]) continue;
    const date = parseStampDate(m[2]);
    if (date) out[label] = date;
  }
  return out;
}

/** The date of allocation the page shows, and the stamp it came from; null when it shows none. */
export function allocationFromStamps(text: string): { date: string; label: StampLabel } | null {
  const stamps = readStamps(text);
  for (const label of STAMP_LABELS) {
    const date = stamps[label];
    if (date) return { date, label };
  }
  return null;
}
