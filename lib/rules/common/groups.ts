/** The person summary's Service user groups rows: which is Carer, which is primary. */
import type { TableRow } from '../../page/snapshot';
import { normaliseText } from '../../page/text';

const PRIMARY = /\(\s*primary\s*\)|\bprimary\b/i;
const PARENTHESES = /\([^)]*\)/g;

/** The row's group is Carer ("Carer", "Carer (primary)"; case does not matter). */
export function isCarerRow(row: TableRow): boolean {
  const group = row.cells.group ?? Object.values(row.cells)[0] ?? '';
  return normaliseText(group.replace(PARENTHESES, ' ')) === 'carer';
}

/** The row is marked primary in any of its cells ("No sub-group recorded (primary)"). */
export function isPrimaryRow(row: TableRow): boolean {
  for (const k in row.cells) if (PRIMARY.test(row.cells[k])) return true;
  return false;
}
