/**
 * The logged-in worker, only where the page header (or footer) says plainly who it is:
 * "Logged in as Jo Worker" / "Signed in as Jo Worker" / "Logged in: Jo Worker" / "Jo Worker (logged
 * in)" (wherever it stands, even in a closed menu),
 * or a name standing right beside a shown "Log out", with nothing but a separator or a greeting
 * ("Welcome, ") between. A text beside "Log out" that is not shaped like a name (a team in
 * brackets, a date, initials), reads as a team ("Camden Carers Service"), stands beside another
 * name-like text ("Jo Worker · Social Worker") or sits on a button or link says nothing about
 * who is logged in.
 * Null when the page does not say (checks that need it stay quiet).
 */
import { cleanText } from '../text';
import { SEPARATOR_ONLY } from './elements';
import { textOf } from './query';
import { isShown } from './visibility';
import type { Block, DomIndex } from './walk';

const LOGGED_IN =
  /^(?:you\s+are\s+)?(?:currently\s+)?(?:logged|signed)\s+(?:in|on)\s+as\s*:?\s*(.*)$/i;
/**
 * "Logged in: Jo Worker", "Logged in user: Jo Worker", "Jo Worker (logged in)": taken only when
 * what they name is shaped like a name ("Logged in: 09:14" is a time).
 */
const LOGGED_IN_NAME = [
  /^(?:logged|signed)\s+(?:in|on)(?:\s+user)?\s*:\s*(.*)$/i,
  /^(.+?)\s*\(\s*(?:logged|signed)\s+(?:in|on)\s*\)$/i,
];
const WORKER_CUE = /(?:logged|signed)\s+(?:in|on)|log\s?(?:out|off)|sign\s?(?:out|off)/i;
/** Separators between the pieces of a header line: "Jo Worker | Help | Log out". */
const SEPARATORS = /\s[|·•\-–—]\s|[|·•]/;
/** A person's name: two words or more, of letters (with ' . - inside), nothing else. */
const NAME_SHAPE = /^\p{L}[\p{L}'’.-]*,?(?:\s+\p{L}[\p{L}'’.-]*)+$/u;
/** Words of a team's or a service's name, never of a person's ("Camden Carers Service"). */
const TEAM_WORDS =
  /\b(?:team|teams|service|services|hospital|unit|reviews?|neighbourhood|centre|center|council|borough|department|directorate|hub|office|trust|nhs|integrated|management|assessment|carers|funded)\b/i;
/** A control or menu toggle: what it says is not a statement about the user. */
const CONTROL = 'a, button, [role="button"], [role="menuitem"], [aria-haspopup], select, input';
const LOG_OUT = /^(?:log\s?out|log\s?off|sign\s?out|sign\s?off)$/i;
const LOG_OUT_TAIL = /\s*[|·•\-–—]?\s*\(?\s*(?:log\s?out|log\s?off|sign\s?out|sign\s?off)\b.*$/i;
const GREETING = /^(?:welcome|hello|hi)\b[,:]?\s*/i;
const TRAILING_SEPARATORS = /[\s.,;:|·•\-–—]+$/;

/** How many blocks from the start and from the end of the page are the header and the footer. */
const HEADER_BLOCKS = 400;
const FOOTER_BLOCKS = 100;

export function readWorker(idx: DomIndex): string | null {
  const blocks = idx.blocks;
  const head = Math.min(blocks.length, HEADER_BLOCKS);
  const tail = Math.max(head, blocks.length - FOOTER_BLOCKS);
  const edges = [...blocks.slice(0, head), ...blocks.slice(tail)];
  let logout: Block | null = null;
  let best: { name: string; length: number } | null = null;
  for (const b of edges) {
    if (b.raw.length > 240 || b.text.length > 120 || !WORKER_CUE.test(b.raw)) continue;
    const m = LOGGED_IN.exec(b.text) ?? loggedInName(b.text);
    if (m) {
      // the smallest element saying it: "Logged in as Jo Worker", not its header with the links
      const name = cleanText(m[1].replace(LOG_OUT_TAIL, '').replace(TRAILING_SEPARATORS, ''));
      if (name && name.length <= 80 && (!best || b.text.length < best.length))
        best = { name, length: b.text.length };
      continue;
    }
    if (!logout && LOG_OUT.test(b.text)) logout = b;
  }
  if (best) return best.name;
  return logout ? nameBesideLogOut(idx, logout) : null;
}

function loggedInName(text: string): RegExpExecArray | null {
  for (const re of LOGGED_IN_NAME) {
    const m = re.exec(text);
    if (m && NAME_SHAPE.test(cleanText(m[1].replace(LOG_OUT_TAIL, '')))) return m;
  }
  return null;
}

/**
 * The name beside a shown "Log out": the nearest text before it in the same header area, if it is
 * a name (its last piece after a separator) and neither a control's text nor hidden.
 */
function nameBesideLogOut(idx: DomIndex, logout: Block): string | null {
  if (!isShown(logout.el)) return null;
  for (
    let el: Element | null = logout.el, depth = 0;
    el && depth < 3;
    el = el.parentElement, depth++
  ) {
    for (let s = el.previousSibling; s; s = s.previousSibling) {
      const t = nodeText(idx, s);
      if (!t || SEPARATOR_ONLY.test(t)) continue;
      if (s.nodeType === 1 && !plainText(s as Element)) return null;
      const pieces = piecesOf(t);
      const name = cleanText((pieces.pop() ?? '').replace(GREETING, ''));
      if (name.length > 80 || !NAME_SHAPE.test(name) || TEAM_WORDS.test(name)) return null;
      // a name beside another name-like text ("Jo Worker · Social Worker"): which is the user?
      const before = pieces.length ? pieces[pieces.length - 1] : pieceBefore(idx, s);
      return before && NAME_SHAPE.test(before) && !GREETING.test(before) ? null : name;
    }
  }
  return null;
}

function nodeText(idx: DomIndex, n: Node): string {
  if (n.nodeType === 3) return cleanText(n.nodeValue);
  return n.nodeType === 1 ? textOf(idx, n as Element) : '';
}

/** The pieces of a header text between its separators: "Help | Jo Worker" → Help, Jo Worker. */
function piecesOf(t: string): string[] {
  return t
    .replace(TRAILING_SEPARATORS, '')
    .split(SEPARATORS)
    .map((p) => cleanText(p))
    .filter(Boolean);
}

/** The last piece of text before a node among its siblings, past separators. */
function pieceBefore(idx: DomIndex, n: Node): string | null {
  for (let s = n.previousSibling; s; s = s.previousSibling) {
    const t = nodeText(idx, s);
    if (!t || SEPARATOR_ONLY.test(t)) continue;
    return piecesOf(t).pop() ?? null;
  }
  return null;
}

/** Shown text that is not a control's (a menu button's initials) nor holds one. */
function plainText(e: Element): boolean {
  return !e.matches(CONTROL) && !e.querySelector(CONTROL) && isShown(e);
}
