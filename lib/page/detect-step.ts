/**
 * Recognise a casework step (forms.md, page kind `work-step`): a step editor whose title is
 * `<step name> : <name> (<id>)` and whose step name is one of the council's casework step names
 * (the `stepNames` setting, given here as a StepList).
 *
 * Tiny and dependency-free like lib/page/detect.ts (the detector bundles it). The title is the
 * whole text of the document's `<title>` (a trailing ` - Mosaic` allowed) or of a heading, or of a
 * title bar element on a page that also shows the step editor's Finish (or Complete) button. Text
 * quoted in running text, links or controls is never a title.
 */
import type { CaseKind } from '../cases/types';
import { caseKindOfStep, type StepList } from '../steps/names';

export interface StepDetection {
  kind: 'work-step';
  personId: string;
  personName: string;
  /** The step name as the title shows it. */
  stepName: string;
  caseKind: CaseKind;
}

const TITLE = /^(.+?)\s*:\s*(.+?)\s*\((\d{1,12})\)$/;
const DOC_TITLE_SUFFIX = /\s+[-\u2013\u2014|]\s+[^()]*$/;
const QUOTED = 'p, li, blockquote, q, cite, a, option, textarea, button, script, style, pre, code';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const FINISH = /^(finish|complete)$/i;
const MAX_TITLE = 300;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function match(text: string, list: StepList): StepDetection | null {
  if (text.length > MAX_TITLE) return null;
  const m = TITLE.exec(text);
  if (!m) return null;
  const caseKind = caseKindOfStep(list, m[1]);
  if (!caseKind) return null;
  return { kind: 'work-step', stepName: m[1], personName: m[2], personId: m[3], caseKind };
}

/** Whether the page shows a Finish or Complete button (a step editor's toolbar). */
function hasFinish(doc: Document): boolean {
  for (const el of doc.querySelectorAll(
    'button, input[type="button"], input[type="submit"], [role="button"]',
  )) {
    const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent;
    if (FINISH.test(clean(text))) return true;
  }
  return false;
}

/** The casework step shown, or null. */
export function detectWorkStep(doc: Document, list: StepList): StepDetection | null {
  if (list.length === 0) return null;
  const docTitle = clean(doc.title);
  const fromTitle = match(docTitle, list) ?? match(docTitle.replace(DOC_TITLE_SUFFIX, ''), list);
  if (fromTitle) return fromTitle;
  const body = doc.body;
  if (!body) return null;
  // Cheap pre-test: nothing to do on pages that do not show one of the step names followed by
  // what a title has after it (` : <name> (<id>)`): a work view listing step names is not walked.
  const names = new RegExp(
    list
      .map(([n]) => escape(n).replace(/ /g, '\\s+').replace(/'/g, "['\u2018\u2019\u02bc`]"))
      .join('|'),
    'i',
  );
  const titled = new RegExp(`(?:${names.source})\\s*:[\\s\\S]{1,300}?\\(\\d{1,12}\\)`, 'i');
  if (!titled.test(body.textContent ?? '')) return null;

  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  let bar: StepDetection | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = n.nodeValue ?? '';
    // `names` allows any case, runs of spaces and kinds of apostrophe, as steps/names.ts stepKey.
    if (data.length > MAX_TITLE || !names.test(data)) continue;
    let el = n.parentElement;
    for (let depth = 0; el && el !== body && depth < 5; depth++, el = el.parentElement) {
      if (seen.has(el)) break;
      seen.add(el);
      const text = clean(el.textContent);
      if (text.length > MAX_TITLE) break;
      const m = match(text, list);
      if (!m) continue;
      if (el.closest(QUOTED)) break;
      if (el.matches(HEADING)) return m;
      bar ??= m;
      break;
    }
  }
  return bar && hasFinish(doc) ? bar : null;
}
