/**
 * Taught labels (lib/settings/taught-labels.ts) joined with the label overrides: what the sidebar
 * reads the page with, and the policy file the options page offers IT.
 */
import { normaliseLabel } from '../page/text';
import type { TaughtLabel } from './taught-labels';

/**
 * The label overrides the reader uses: the effective `labelOverrides` (the policy's when the
 * policy sets them, else the worker's own) with the taught labels added. The policy wins: a taught
 * text that the overrides already give to another field is left out, and the overrides' own texts
 * are never removed.
 */
export function withTaughtLabels(
  overrides: Readonly<Record<string, readonly string[]>>,
  taught: readonly TaughtLabel[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const owner = new Map<string, string>();
  for (const [field, labels] of Object.entries(overrides)) {
    out[field] = [...labels];
    for (const l of labels) owner.set(normaliseLabel(l), field);
  }
  for (const t of taught) {
    const norm = normaliseLabel(t.text);
    const held = owner.get(norm);
    if (held !== undefined) continue;
    owner.set(norm, t.field);
    (out[t.field] ??= []).push(t.text);
  }
  return out;
}

/**
 * What IT deploys so that every worker has these labels: the `labelOverrides` policy value
 * (public/managed_schema.json), as one JSON object `{ "labelOverrides": { field: [texts] } }`.
 */
export function labelOverridesPolicy(
  overrides: Readonly<Record<string, readonly string[]>>,
  taught: readonly TaughtLabel[],
): { labelOverrides: Record<string, string[]> } {
  const merged = withTaughtLabels(overrides, taught);
  const labelOverrides: Record<string, string[]> = {};
  for (const field of Object.keys(merged).sort()) {
    if (merged[field].length) labelOverrides[field] = merged[field];
  }
  return { labelOverrides };
}
