/**
 * Labels a worker taught the sidebar by pointing at a question on the page ("Show me where it
 * is", docs/label-overrides.md). Each is kept with the page kind and the date it was taught, in a
 * small list of its own (storage.local `taughtLabels`, written by the background only), and adds
 * to the effective `labelOverrides` the reader uses. Never an id, a class, a path or an answer:
 * only the question's visible text (checked by lib/page/teach.ts before it is kept). How they join
 * the label overrides: lib/settings/taught-overrides.ts (kept apart: the background, which stores
 * the list, carries no text normalising).
 */
import * as z from 'zod/mini';
import { PAGE_KINDS, type PageKind } from '../page/kinds';

/** At most this many taught labels are kept; the oldest go first. */
export const MAX_TAUGHT_LABELS = 200;

function buildTaughtLabelSchema() {
  return z.object({
    /** A field id of lib/page/fields (or `<table id>.<column id>`). */
    field: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)?$/)),
    /** The question's visible text, whitespace collapsed. */
    text: z.string().check(z.minLength(1), z.maxLength(300)),
    pageKind: z.enum(PAGE_KINDS),
    /** yyyy-mm-dd, London date of teaching. */
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  });
}
export type TaughtLabel = z.infer<ReturnType<typeof buildTaughtLabelSchema>>;

let schema: ReturnType<typeof buildTaughtLabelSchema> | null = null;

/** Built on first use, not while the sidebar script starts (docs/performance.md). */
function taughtLabelSchema(): ReturnType<typeof buildTaughtLabelSchema> {
  schema ??= buildTaughtLabelSchema();
  return schema;
}

/** A stored list, checked: a bad entry is dropped, never the whole list. */
export function parseTaughtLabels(input: unknown): TaughtLabel[] {
  if (!Array.isArray(input)) return [];
  const out: TaughtLabel[] = [];
  for (const item of input) {
    const r = taughtLabelSchema().safeParse(item);
    if (r.success) out.push(r.data);
  }
  return out.slice(-MAX_TAUGHT_LABELS);
}

/** Texts are kept as the sidebar cleaned them: the same question gives the same text. */
function sameLabel(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The list with one more label (the same text for the same field is kept once, with the new date). */
export function addTaughtLabel(list: readonly TaughtLabel[], label: TaughtLabel): TaughtLabel[] {
  const rest = list.filter((l) => !(l.field === label.field && sameLabel(l.text, label.text)));
  return [...rest, label].slice(-MAX_TAUGHT_LABELS);
}

/** The list without that field's label. */
export function removeTaughtLabel(
  list: readonly TaughtLabel[],
  field: string,
  text: string,
): TaughtLabel[] {
  return list.filter((l) => !(l.field === field && sameLabel(l.text, text)));
}

/** The page kind in words, for the options page's list. */
export const PAGE_KIND_NAMES: Record<PageKind, string> = {
  'person-summary': 'Person summary',
  'carers-conversation': 'Carers Conversation',
  'carers-review': 'Carers Review',
};
