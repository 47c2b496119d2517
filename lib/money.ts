/**
 * Amounts of money as people type them into Mosaic, held as whole pence so that sums and
 * comparisons are exact (`600` = `£600.00`, 0.10 + 0.20 = 0.30).
 *
 * Accepted (after trimming surrounding spaces): an optional `£` (a space after it is allowed),
 * then either plain digits (`600`, `1200`) or digits grouped in threes by commas (`1,200`,
 * `12,345,678`), then optionally a point and one or two decimals (`600.5`, `600.50`).
 * Refused: words and letters (`six hundred`, `600 pounds`, `£600pw`), signs (`-600`, `+600`,
 * `(600)`), three or more decimals (`12.345`), badly grouped commas (`1,20`, `12,00`), a bare
 * point (`600.`, `.50`), and several numbers (`300 + 300`, `300/600`, `1 200`).
 * Zero (`0`, `£0.00`) is an amount: the council's table has £0 cells, and the page may show a
 * suggested budget of 0. Whether a cost may be zero is the rules' decision (`s3.cost-invalid`).
 */

const MONEY = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const COMMAS = /,/g;
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** Whole pence, null when blank, 'invalid' when the text is not an amount of money. */
export function parsePence(text: string | null | undefined): number | null | 'invalid' {
  if (text == null) return null;
  const t = text.trim();
  if (t === '') return null;
  const m = MONEY.exec(t);
  if (!m) return 'invalid';
  const pounds = Number(m[1].replace(COMMAS, ''));
  const decimals = m[2] === undefined ? 0 : m[2].length === 1 ? Number(m[2]) * 10 : Number(m[2]);
  const pence = pounds * 100 + decimals;
  return Number.isSafeInteger(pence) ? pence : 'invalid';
}

/** Pence to pounds as a plain number (`60000` → 600, `41250` → 412.5). */
export function penceToPounds(pence: number): number {
  return pence / 100;
}

/** Pounds (a number) to whole pence. */
export function poundsToPence(pounds: number): number {
  return Math.round(pounds * 100);
}

/**
 * How a sum of money is written in messages: `£600`, `£412.50`, `£1,200`; with `alwaysPence`, as
 * in the sidebar's budget: `£600.00`. Written by hand, not with `Intl.NumberFormat`, whose first
 * use in a page loads the browser's locale data in one long task (docs/performance.md).
 */
export function formatPounds(pence: number, alwaysPence = false): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100);
  const p = abs % 100;
  const grouped = String(pounds).replace(THOUSANDS, ',');
  return `${sign}£${grouped}${p === 0 && !alwaysPence ? '' : '.' + String(p).padStart(2, '0')}`;
}
