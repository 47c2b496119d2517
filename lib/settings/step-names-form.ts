/**
 * The options page's step names: one textarea per case type, one step name per line, checked with
 * the setting's schema (lib/settings/step-names.ts) and worded for the field it is about.
 */
import type { CaseKind } from '../cases/types';
import { STEP_KINDS, clashingStepName, stepKey, type StepNames } from '../steps/names';
import { StepNamesSchema } from './step-names';

/** The id of the textarea of a case type's step names. */
export const stepNamesInputId = (kind: CaseKind) => `mc-setting-stepNames-${kind}`;

export function stepNamesToForm(names: StepNames): Record<CaseKind, string> {
  const out = {} as Record<CaseKind, string>;
  for (const kind of STEP_KINDS) out[kind] = names[kind].join('\n');
  return out;
}

export type StepNamesFormResult =
  { ok: true; value: StepNames } | { ok: false; inputId: string; message: string };

export function stepNamesFromForm(text: Record<CaseKind, string>): StepNamesFormResult {
  const value = {} as StepNames;
  for (const kind of STEP_KINDS) {
    const lines = (text[kind] ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    // The same name twice for one case type is kept once.
    const seen = new Set<string>();
    value[kind] = lines.filter((l) => !seen.has(stepKey(l)) && seen.add(stepKey(l)));
  }
  const r = StepNamesSchema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  const clash = clashingStepName(value);
  const kind = (issue?.path[0] as CaseKind | undefined) ?? clash?.kinds[1] ?? 'reablement';
  const line = typeof issue?.path[1] === 'number' ? ` (line ${issue.path[1] + 1})` : '';
  return {
    ok: false,
    inputId: stepNamesInputId(STEP_KINDS.includes(kind) ? kind : 'reablement'),
    message: `Casework step names${line}: ${issue?.message ?? 'not valid.'}`,
  };
}
