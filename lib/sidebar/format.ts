/** Small text helpers for the sidebar: dates, money and counts as a worker reads them. */
import { formatPounds, poundsToPence } from '../money';

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A date as Mosaic shows it (dd/mm/yyyy, also d/m/yyyy or yyyy-mm-dd) → yyyy-mm-dd, or null. */
export function toIsoDate(text: string | null | undefined): string | null {
  const s = (text ?? '').trim();
  let y: number, m: number, d: number;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (!isRealDate(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Pounds as a plain number for the DOM hooks: `600`, `412.5`; empty for none. */
export function plainAmount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return String(Math.round(n * 100) / 100);
}

/** Pounds for people: £600.00, £1,200.50. */
export function money(n: number): string {
  return formatPounds(poundsToPence(n), true);
}

/** "1 error", "3 errors". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The counts in words: "2 errors, 1 warning and 1 piece of advice". */
export function countsInWords(errors: number, warnings: number, advice: number): string {
  const parts: string[] = [];
  if (errors) parts.push(count(errors, 'error', 'errors'));
  if (warnings) parts.push(count(warnings, 'warning', 'warnings'));
  if (advice) parts.push(count(advice, 'piece of advice', 'pieces of advice'));
  if (parts.length === 0) return 'no problems';
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Visible text, squashed: collapse whitespace and trim. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
