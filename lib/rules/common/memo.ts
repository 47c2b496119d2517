/**
 * Results several rules need (the eligibility decisions, the budget) are worked out once per run
 * of `runRules`, not once per rule. Outside a run (a rule or function called on its own, as in
 * tests) nothing is kept, so a snapshot changed between calls is never answered from a stale memo.
 */
import type { PageSnapshot } from '../../page/snapshot';

let current: PageSnapshot | null = null;
const memo = new Map<string, unknown>();

export function beginRun(s: PageSnapshot): void {
  current = s;
  memo.clear();
}

export function endRun(): void {
  current = null;
  memo.clear();
}

export function memoised<T>(s: PageSnapshot, key: string, compute: () => T): T {
  if (s !== current) return compute();
  if (memo.has(key)) return memo.get(key) as T;
  const v = compute();
  memo.set(key, v);
  return v;
}
