/**
 * A case as entered by hand (the checklist's "Add case" form) or changed later, validated with
 * zod/mini (the background checks cases too, and carries no full zod). Every message is given here:
 * plain English, naming the field by its label in the form.
 */
import * as z from 'zod/mini';
import { isRealDate } from '../calendar';
import { CASE_KINDS, CASE_KIND_NAMES, type CaseKind, type CaseRecord } from './types';

/** The form's label for each field (contract.md). */
export const FIELD_LABELS = {
  personId: 'Mosaic ID',
  name: 'Name',
  kind: 'Case type',
  allocated: 'Date of allocation',
  homeVisit: 'Date of home visit',
  serviceStart: 'Date the service starts',
  ongoingCare: 'Ongoing care needed',
  oneOffPayment: "One-off carer's payment",
  reviewDate: 'Review date',
} as const;
export type CaseField = keyof typeof FIELD_LABELS;
export const CASE_FIELDS = Object.keys(FIELD_LABELS) as CaseField[];

/** What zod's `preprocess` does, in zod/mini: `fn` runs on the input before `schema` checks it. */
function preprocess<T extends z.core.$ZodType>(fn: (v: unknown) => unknown, schema: T) {
  return z.pipe(z.transform(fn), schema);
}

const blankToNull = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v;
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

const optionalDate = (label: string) =>
  preprocess(
    (v) => trimmed(blankToNull(v)),
    z.nullable(
      z
        .string({ error: `${label} must be a date.` })
        .check(z.refine(isRealDate, `${label} must be a real date (for example 2027-03-03).`)),
    ),
  );

const YES = new Set(['yes', 'true', 'on', 'y', '1']);
const NO = new Set(['no', 'false', 'off', 'n', '0']);
const yesNo = (v: unknown) => {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  return YES.has(s) ? true : NO.has(s) ? false : v;
};

export const NewCaseSchema = z
  .object({
    personId: preprocess(
      trimmed,
      z
        .string({ error: 'Enter the Mosaic ID.' })
        .check(
          z.minLength(1, 'Enter the Mosaic ID.'),
          z.regex(/^\d{1,12}$/, 'The Mosaic ID must be digits only, up to 12 of them.'),
        ),
    ),
    name: preprocess(
      (v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v),
      z
        .string({ error: "Enter the person's name as Mosaic shows it." })
        .check(
          z.minLength(1, "Enter the person's name as Mosaic shows it."),
          z.maxLength(200, 'The name must be 200 characters or fewer.'),
        ),
    ),
    kind: z.enum(CASE_KINDS, {
      error: `Choose a case type: ${CASE_KINDS.map((k) => CASE_KIND_NAMES[k]).join(', ')}.`,
    }),
    allocated: optionalDate(FIELD_LABELS.allocated),
    homeVisit: optionalDate(FIELD_LABELS.homeVisit),
    serviceStart: optionalDate(FIELD_LABELS.serviceStart),
    ongoingCare: preprocess(
      (v) => yesNo(blankToNull(v === 'unknown' ? null : v)),
      z.nullable(z.boolean({ error: 'Ongoing care needed must be yes, no or not known yet.' })),
    ),
    oneOffPayment: preprocess(
      (v) => yesNo(blankToNull(v) ?? false),
      z.boolean({ error: "One-off carer's payment must be yes or no." }),
    ),
    reviewDate: optionalDate(FIELD_LABELS.reviewDate),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.kind !== 'carers-review' && c.allocated === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['allocated'],
          message: 'Enter the date of allocation.',
        });
      }
      if (c.kind === 'carers-review' && c.reviewDate === null && c.allocated === null) {
        ctx.addIssue({ code: 'custom', path: ['reviewDate'], message: 'Enter the review date.' });
      }
      if (c.kind !== 'carers-review' && c.allocated && c.homeVisit && c.homeVisit < c.allocated) {
        ctx.addIssue({
          code: 'custom',
          path: ['homeVisit'],
          message: 'The date of the home visit cannot be before the date of allocation.',
        });
      }
    }),
  );
export type NewCase = z.infer<typeof NewCaseSchema>;

export type FieldError = { field: string; message: string };

/** zod issues as one plain message per field (the first for each). */
export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: issue.message });
  }
  return out;
}

/** Keeps only the fields that the case type uses ("store the least that works"). */
export function fieldsForKind(c: NewCase): Omit<NewCase, 'personId' | 'name'> {
  const base = {
    kind: c.kind,
    allocated: c.allocated,
    homeVisit: null,
    serviceStart: null,
    ongoingCare: null,
    oneOffPayment: false,
    reviewDate: null,
  };
  switch (c.kind as CaseKind) {
    case 'reablement':
      return {
        ...base,
        homeVisit: c.homeVisit,
        serviceStart: c.serviceStart,
        ongoingCare: c.ongoingCare,
      };
    case 'ras':
      return { ...base, homeVisit: c.homeVisit };
    case 'carers-assessment':
      return { ...base, homeVisit: c.homeVisit, oneOffPayment: c.oneOffPayment };
    case 'carers-review':
      return { ...base, reviewDate: c.reviewDate };
  }
}

/** The fields a change may set: everything but the Mosaic ID and the case type. */
export const PATCHABLE_FIELDS: CaseField[] = CASE_FIELDS.filter(
  (f) => f !== 'personId' && f !== 'kind',
);

/** A stored record as form input, to validate a change against. */
export function recordAsInput(r: CaseRecord): Record<CaseField, unknown> {
  return {
    personId: r.personId,
    name: r.name,
    kind: r.kind,
    allocated: r.allocated,
    homeVisit: r.homeVisit,
    serviceStart: r.serviceStart,
    ongoingCare: r.ongoingCare,
    oneOffPayment: r.oneOffPayment,
    reviewDate: r.reviewDate,
  };
}

/** "Timothy Guide" → "T. G." (the first letter or digit of each word). */
export function toInitials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0]?.toUpperCase())
    .filter((c): c is string => !!c)
    .map((c) => `${c}.`)
    .join(' ');
}

/** The name as it will be stored: as given, or initials only by the setting. */
export function storedName(name: string, initialsOnly: boolean): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  return initialsOnly ? toInitials(clean) : clean;
}
