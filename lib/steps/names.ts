/**
 * The council's casework step names (forms.md, "Work steps of the casework practice standards"):
 * which step, by the name its step editor's title shows, belongs to which case type.
 *
 * Plain data and small functions, no schema: the detector and the sidebar use them, and the
 * detector must stay tiny. The setting itself is checked by the settings schema
 * (lib/settings/schema.ts, `stepNames`).
 */
import type { CaseKind } from '../cases/types';

export type StepNames = Record<CaseKind, string[]>;

/** forms.md's defaults. */
export const DEFAULT_STEP_NAMES: StepNames = {
  reablement: ['Reablement assessment'],
  ras: ['RAS assessment'],
  'carers-assessment': ['Carers assessment', "Carer's assessment", 'Carers Conversation'],
  'carers-review': ['Carers Review'],
};

/** The case types in the order the options page and messages list them. */
export const STEP_KINDS: CaseKind[] = ['reablement', 'ras', 'carers-assessment', 'carers-review'];

/**
 * A step name as compared: case, runs of spaces and the kind of apostrophe do not matter
 * ("Carer's assessment" is "Carer’s  Assessment").
 */
export function stepKey(name: string): string {
  return name
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** [step name as compared, case type] pairs: what the detector is given (small, plain JSON). */
export type StepList = Array<[string, CaseKind]>;

export function stepList(names: StepNames): StepList {
  const out: StepList = [];
  for (const kind of STEP_KINDS) for (const n of names[kind] ?? []) out.push([stepKey(n), kind]);
  return out;
}

/** The case type of a step name, or null when it is not one of the council's casework steps. */
export function caseKindOfStep(list: StepList, stepName: string): CaseKind | null {
  const key = stepKey(stepName);
  for (const [name, kind] of list) if (name === key) return kind;
  return null;
}

/**
 * The first step name given to two case types, with both types, or null. A name may only belong to
 * one case type, otherwise the page could not say which case it is.
 */
export function clashingStepName(
  names: Partial<StepNames>,
): { name: string; kinds: [CaseKind, CaseKind] } | null {
  const seen = new Map<string, CaseKind>();
  for (const kind of STEP_KINDS) {
    for (const n of names[kind] ?? []) {
      const key = stepKey(n);
      const other = seen.get(key);
      if (other && other !== kind) return { name: n.trim(), kinds: [other, kind] };
      seen.set(key, kind);
    }
  }
  return null;
}

/** storage.local key of the step list the background keeps for the detector. */
export const STEP_LIST_KEY = 'steps.detectorList';

const KINDS = new Set<string>(STEP_KINDS);

/**
 * The step list as read back from storage, or null when it is not one. Checked by hand rather than
 * with zod: the detector that reads it runs on every Mosaic page and carries no schema library.
 */
export function parseStepList(raw: unknown): StepList | null {
  if (!Array.isArray(raw) || raw.length > 200) return null;
  for (const item of raw as unknown[]) {
    if (!Array.isArray(item) || item.length !== 2) return null;
    const [name, kind] = item as unknown[];
    if (typeof name !== 'string' || name.length === 0 || name.length > 100) return null;
    if (typeof kind !== 'string' || !KINDS.has(kind)) return null;
  }
  return raw as StepList;
}
