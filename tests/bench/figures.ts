/**
 * The figures of performance.md: one record per figure, the statistics used to compute them, and
 * the report (one line per figure, and JSON under bench-output/).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Verdict = 'PASS' | 'MISS' | 'INFO';

export interface Figure {
  /** Stable key, used in the JSON. */
  key: string;
  /** What is printed. */
  name: string;
  /** The measured value (a ratio, ms, KB or a count), or null when it could not be measured. */
  value: number | null;
  unit: 'ratio' | 'ms' | 'KB' | 'count' | 's';
  /** The target as printed, e.g. "≤ 1.25". */
  target: string;
  verdict: Verdict;
  /** How it was obtained, the raw numbers behind it, or why it could not be measured. */
  detail: string;
  /** Raw samples and intermediate values, for the JSON. */
  data?: Record<string, unknown>;
}

/** A figure that could not be measured: printed as a MISS with the reason, never a crash. */
export function notMeasurable(
  key: string,
  name: string,
  unit: Figure['unit'],
  target: string,
  why: string,
): Figure {
  return {
    key,
    name,
    value: null,
    unit,
    target,
    verdict: 'MISS',
    detail: `not measurable: ${why}`,
  };
}

/** An upper bound: its sign in the target, and whether a value keeps to it. */
interface Bound {
  sign: '≤' | '<';
  holds: (value: number, limit: number) => boolean;
}

function bounded(
  bound: Bound,
  key: string,
  name: string,
  value: number,
  unit: Figure['unit'],
  limit: number,
  detail: string,
  data?: Record<string, unknown>,
): Figure {
  return {
    key,
    name,
    value,
    unit,
    target: `${bound.sign} ${limit}${unitSuffix(unit)}`,
    verdict: bound.holds(value, limit) ? 'PASS' : 'MISS',
    detail,
    data,
  };
}

type BoundedArgs = Parameters<typeof bounded> extends [Bound, ...infer Rest] ? Rest : never;

/** A figure checked against an upper bound. */
export function atMost(...args: BoundedArgs): Figure {
  return bounded({ sign: '≤', holds: (value, limit) => value <= limit }, ...args);
}

/** A figure checked against a strict upper bound ("< 50 ms"). */
export function lessThan(...args: BoundedArgs): Figure {
  return bounded({ sign: '<', holds: (value, limit) => value < limit }, ...args);
}

/** A figure reported for context only, with no target of its own. */
export function info(
  key: string,
  name: string,
  value: number | null,
  unit: Figure['unit'],
  detail: string,
  data?: Record<string, unknown>,
): Figure {
  return { key, name, value, unit, target: '(context)', verdict: 'INFO', detail, data };
}

function unitSuffix(unit: Figure['unit']): string {
  return unit === 'ratio' || unit === 'count' ? '' : ` ${unit}`;
}

export function sorted(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Quantile by linear interpolation between closest ranks (q in [0, 1]). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = sorted(xs);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);
export const p75 = (xs: readonly number[]) => quantile(xs, 0.75);

/**
 * Quantile of values rounded to steps of `step` (Chromium rounds an Event Timing duration to
 * 8 ms), read as grouped data: each value stands for the step around it, and the quantile falls
 * within its step in proportion to the share of the values there below it (the percentile of a
 * grouped frequency distribution). The plain quantile of such values moves only in whole steps:
 * two sides alike but for chance then give a ratio of 1 or of 1.2 and more (docs/performance.md).
 */
export function groupedQuantile(xs: readonly number[], q: number, step: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = sorted(xs);
  const rank = q * s.length;
  let below = 0;
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    const count = j - i;
    if (below + count >= rank) return s[i] - step / 2 + ((rank - below) / count) * step;
    below += count;
    i = j;
  }
  return s[s.length - 1] + step / 2;
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function formatValue(f: Figure): string {
  if (f.value === null) return '—';
  const digits = f.unit === 'ratio' ? 3 : f.unit === 'count' ? 0 : 2;
  return `${f.value.toFixed(digits)}${unitSuffix(f.unit)}`;
}

export function formatLine(f: Figure): string {
  return `${f.name.padEnd(48)} ${formatValue(f).padStart(12)}   target ${f.target.padEnd(26)} ${f.verdict.padEnd(4)}  ${f.detail}`;
}

export async function writeReport(
  dir: string,
  figures: Figure[],
  meta: Record<string, unknown>,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const body = JSON.stringify({ ...meta, figures }, null, 2) + '\n';
  const file = join(dir, `bench-${stamp}.json`);
  await writeFile(file, body);
  await writeFile(join(dir, 'latest.json'), body);
  return file;
}
