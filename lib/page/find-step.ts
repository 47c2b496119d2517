/**
 * The detector's second look, on a page that is none of the fixed kinds: is it one of the
 * council's casework steps? Only when the page shows a title of the form `… : … (<id>)` are the
 * step names read (from storage.local, where the background keeps them: entrypoints/background/
 * steps.ts; the defaults of forms.md until it has); anywhere else nothing more is done.
 */
import { detectWorkStep, type StepDetection } from './detect-step';
import { DEFAULT_STEP_NAMES, STEP_LIST_KEY, parseStepList, stepList } from '../steps/names';

/** A step editor's title somewhere in this text: `<step> : <name> (<id>)`. */
const STEP_LIKE = /\S\s*:\s*[^:]{1,200}\(\d{1,12}\)/;

export function mayBeWorkStep(doc: Document): boolean {
  return STEP_LIKE.test(doc.title ?? '') || STEP_LIKE.test(doc.body?.textContent ?? '');
}

export async function findWorkStep(
  doc: Document,
  read: (key: string) => Promise<Record<string, unknown>>,
): Promise<StepDetection | null> {
  if (!mayBeWorkStep(doc)) return null;
  let list = null;
  try {
    list = parseStepList((await read(STEP_LIST_KEY))[STEP_LIST_KEY]);
  } catch {
    // Storage not available: the defaults below.
  }
  return detectWorkStep(doc, list ?? stepList(DEFAULT_STEP_NAMES));
}
