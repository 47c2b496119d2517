/**
 * The `stepNames` setting's schema: for each case type, the names of the council's casework steps
 * (forms.md, "Work steps"). Every case type has at least one name, no name is blank, and one name
 * never belongs to two case types (the step could not say which case it is).
 */
import * as z from 'zod/mini';
import { CASE_KIND_NAMES, type CaseKind } from '../cases/types';
import { clashingStepName, STEP_KINDS, type StepNames } from '../steps/names';

function nameList(kind: CaseKind) {
  const what = CASE_KIND_NAMES[kind];
  return z
    .array(
      z.string({ error: 'Each step name must be text.' }).check(
        z.trim(),
        z.minLength(1, 'A step name cannot be blank.'),
        z.maxLength(100, 'A step name must be 100 characters or fewer.'),
        z.refine(
          (v) => !/[:()]/.test(v),
          'A step name cannot contain a colon or brackets: Mosaic puts those after the name.',
        ),
      ),
      { error: `Give the step names of ${what} as a list.` },
    )
    .check(
      z.minLength(1, `Give at least one step name for ${what}.`),
      z.maxLength(20, `Give at most 20 step names for ${what}.`),
    );
}

export const StepNamesSchema = z
  .object({
    reablement: nameList('reablement'),
    ras: nameList('ras'),
    'carers-assessment': nameList('carers-assessment'),
    'carers-review': nameList('carers-review'),
  })
  .check(
    z.refine((v: StepNames) => clashingStepName(v) === null, {
      error: (iss) => {
        const clash = clashingStepName(iss.input as StepNames);
        return clash
          ? `"${clash.name}" is a step name of both ${CASE_KIND_NAMES[clash.kinds[0]]} and ${CASE_KIND_NAMES[clash.kinds[1]]}. Give each step name to one case type only.`
          : 'A step name is given to two case types.';
      },
    }),
  );

/** Where in the setting a problem is, for messages: "RAS assessment, name 2". */
export function stepNamesPlace(path: PropertyKey[]): string {
  const kind = path[0];
  const name =
    typeof kind === 'string' && (STEP_KINDS as string[]).includes(kind)
      ? CASE_KIND_NAMES[kind as CaseKind]
      : String(kind);
  return typeof path[1] === 'number' ? `${name}, name ${path[1] + 1}` : name;
}
