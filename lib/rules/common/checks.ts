/** Small building blocks the rule files share. */
import type { FieldId } from '../../page/fields';
import type { PageSnapshot } from '../../page/snapshot';
import type { FindingDraft } from '../types';
import { isBlank } from '../../page/answers';

/** One finding on `field` when the page has it and it is blank; none otherwise (not found included). */
export function whenBlank(s: PageSnapshot, field: FieldId, message: string): FindingDraft[] {
  return isBlank(s, field) ? [{ field, message }] : [];
}

/** "1 person", "2 people"-style counts. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
