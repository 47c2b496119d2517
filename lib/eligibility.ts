/** The two eligibility decisions of rules.md ("The eligibility decision"). */
import type { PageSnapshot } from './page/snapshot';

export type FormDecision = 'eligible' | 'not-eligible' | 'incomplete';
export type StatutoryResult = 'met' | 'not-met' | 'incomplete';

export interface Decision<T> {
  result: T;
  /** Plain-English reasons: which outcomes, which areas, which answers are missing. */
  reasons: string[];
}

export function formDecision(_s: PageSnapshot): Decision<FormDecision> {
  return { result: 'incomplete', reasons: [] };
}

export function statutoryTest(_s: PageSnapshot): Decision<StatutoryResult> {
  return { result: 'incomplete', reasons: [] };
}
