/**
 * What the sidebar makes of an element the worker pointed at in teach mode: the element's visible
 * text, checked (lib/page/teach.ts), then the page read again with it as the field's label. Only a
 * text that then finds the field is offered to be kept; the reason is given for any other.
 */
import type { PageKind } from '@/lib/page/kinds';
import { readPage } from '@/lib/page/reader';
import type { PageSnapshot } from '@/lib/page/snapshot';
import { checkTaughtText } from '@/lib/page/teach';
import { pointedText, teachCandidates } from '@/lib/page/teach-candidates';
import { fieldName } from '@/lib/rules/common/names';
import { withTaughtLabels } from '@/lib/settings/taught-overrides';

export type TeachOutcome =
  | {
      ok: true;
      field: string;
      /** The text to keep (whitespace collapsed, no required marker). */
      text: string;
      /** The label overrides with it, for the re-check. */
      labelOverrides: Record<string, string[]>;
    }
  | { ok: false; reason: string };

export interface TeachRequest {
  doc: Document;
  picked: Element;
  field: string;
  pageKind: PageKind;
  snapshot: PageSnapshot;
  /** The label overrides in use now. */
  labelOverrides: Record<string, string[]>;
}

export function tryTeaching(r: TeachRequest): TeachOutcome {
  const { el, text: raw } = pointedText(r.doc, r.picked);
  const checked = checkTaughtText(raw, {
    pageKind: r.pageKind,
    field: r.field,
    personName: r.snapshot.person.name,
    optionTexts: Object.values(r.snapshot.fields).flatMap((f) => f.options),
    labelOverrides: r.labelOverrides,
  });
  if (!checked.ok) return checked;
  const labelOverrides = withTaughtLabels(r.labelOverrides, [
    { field: r.field, text: checked.text, pageKind: r.pageKind, date: '1970-01-01' },
  ]);
  const reading = readPage(r.doc, { labelOverrides });
  const found = reading.snapshot.fields[r.field]?.found === true;
  if (found) return { ok: true, field: r.field, text: checked.text, labelOverrides };
  const name = fieldName(r.field);
  const candidate = teachCandidates(r.doc, { labelOverrides: r.labelOverrides }).some(
    (c) => c.el === el || c.el.contains(el) || el.contains(c.el),
  );
  return {
    ok: false,
    reason: candidate
      ? `With ‘${checked.text}’ as its question, ${name} still could not be read: the answers after it are not the kind this question has. Nothing was kept.`
      : `There is no answer after ‘${checked.text}’ that another question has not already taken, so it cannot be the question for ${name}. Nothing was kept.`,
  };
}
