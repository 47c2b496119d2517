/**
 * Recognise the page kind and the person from visible text (forms.md, "Page kinds").
 *
 * The detector content script bundles this file on every page of the council's Mosaic, so it stays
 * tiny and dependency-free (type imports only) and does little work on pages that are not ours.
 *
 * What counts as the title (decisions, see docs/page-reading.md):
 * - a step: `Carers Conversation : <name> (<id>)` or `Carers Review : <name> (<id>)` as the whole
 *   text of the document's `<title>` (a trailing ` - Mosaic` or ` | …` suffix allowed), of a heading
 *   (`h1`–`h6`, `role="heading"`), or of a title bar element (a `div`, `span`, `td`, `b`, …);
 *   a title bar other than `<title>` or a heading also needs the step's tab bar on the page
 *   (`Privacy Notice` / `Person Details form` for a Conversation, `Next actions form` for a Review),
 *   as forms.md recognises a step by its title *with* its tabs.
 * - a person summary: `Person summary - <title> <name> (<id>) born <d Mon yyyy> …` as the whole text
 *   of the `<title>`, a heading or a title bar.
 * - never text quoted inside running text (`p`, `li`, `blockquote`, `q`, links, form controls),
 *   and never a title without a person id in brackets ("Carers Review : how to").
 */
import type { PageKind } from './kinds';

export interface Detection {
  kind: PageKind;
  personId: string;
  personName: string;
}

const STEP_TITLE = /^(Carers Conversation|Carers Review)\s*:\s*(.+?)\s*\((\d{1,12})\)$/i;
const SUMMARY_TITLE = /^Person summary\s*[-\u2013\u2014:]\s*(.+?)\s*\((\d{1,12})\)\s*,?\s*born\b/i;
/** `<title>` may carry the application's name after the page's: "… (2204451) - Mosaic". */
const DOC_TITLE_SUFFIX = /\s+[-\u2013\u2014|]\s+[^()]*$/;
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd|Sir|Dame|Lady|Lord|Master)\.?\s+/i;
/** The words of a title, in one text node: the walk below climbs only from these. */
const WORDS = /carers\s+conversation|carers\s+review|person\s+summary/i;
/**
 * Cheap pre-test on the page's whole text: a title's words followed by what a title has after
 * them (` : <name> (<id>)`, or `- <name> (<id>) born` for a summary). Any element whose text is a
 * title passes it; a work view that only lists step names (a live page with no step) does not,
 * and is not walked.
 */
const TITLE_IN_TEXT =
  /carers\s+(?:conversation|review)\s*:[\s\S]{1,300}?\(\d{1,12}\)|person\s+summary\s*[-\u2013\u2014:][\s\S]{1,300}?\(\d{1,12}\)\s*,?\s*born/i;
/** Tab names that only a step's tab bar shows (the other two also appear in titles and actions). */
const CONVERSATION_TABS = ['privacy notice', 'person details form'];
const REVIEW_TABS = ['next actions form'];
const TAB_WORDS = /privacy\s+notice|person\s+details\s+form|next\s+actions\s+form/i;
/** Running text and controls: a title quoted there is not the page's title. */
const NOT_A_TITLE = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'Q',
  'CITE',
  'A',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'PRE',
  'CODE',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_TITLE = 300;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

interface TitleMatch {
  kind: PageKind;
  personId: string;
  personName: string;
}

function matchTitle(text: string): TitleMatch | null {
  if (text.length > MAX_TITLE) return null;
  const step = STEP_TITLE.exec(text);
  if (step) {
    const kind: PageKind = /review/i.test(step[1]) ? 'carers-review' : 'carers-conversation';
    return { kind, personName: step[2], personId: step[3] };
  }
  const summary = SUMMARY_TITLE.exec(text);
  if (summary)
    return {
      kind: 'person-summary',
      personName: summary[1].replace(HONORIFIC, '').trim(),
      personId: summary[2],
    };
  return null;
}

function quoted(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement)
    if (NOT_A_TITLE.has(e.tagName.toUpperCase())) return true;
  return false;
}

function isHeading(el: Element): boolean {
  return HEADINGS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'heading';
}

/**
 * The page kind and person, or null when this is not a page the extension helps with.
 */
export function detectPage(doc: Document): Detection | null {
  const body = doc.body;
  const docTitle = clean(doc.title);

  // 1. The document's <title>.
  const fromTitle = matchTitle(docTitle) ?? matchTitle(docTitle.replace(DOC_TITLE_SUFFIX, ''));
  if (fromTitle) return fromTitle;
  if (!body || !TITLE_IN_TEXT.test(body.textContent ?? '')) return null;

  // 2. One walk over the text nodes: title candidates and the step's tab names.
  const tabs = new Set<string>();
  const bars: Array<{ match: TitleMatch; heading: boolean }> = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = n.nodeValue ?? '';
    if (data.length > MAX_TITLE) continue;
    // Most text is neither a title's words nor a tab name: left before any other work.
    const words = WORDS.test(data);
    if (!words && !TAB_WORDS.test(data)) continue;
    const t = clean(data).toLowerCase();
    if (t === CONVERSATION_TABS[0] || t === CONVERSATION_TABS[1] || t === REVIEW_TABS[0])
      tabs.add(t);
    if (!words) continue;
    // Climb from the text node to the smallest element whose whole text is a title.
    let el = n.parentElement;
    for (let depth = 0; el && el !== body && depth < 5; depth++, el = el.parentElement) {
      if (seen.has(el)) break;
      seen.add(el);
      const text = clean(el.textContent);
      if (text.length > MAX_TITLE) break;
      const m = matchTitle(text);
      if (m) {
        if (!quoted(el)) bars.push({ match: m, heading: isHeading(el) });
        break;
      }
    }
  }

  for (const { match, heading } of bars) {
    if (heading || match.kind === 'person-summary') return match;
    const needed = match.kind === 'carers-review' ? REVIEW_TABS : CONVERSATION_TABS;
    if (needed.some((t) => tabs.has(t))) return match;
  }
  return null;
}
