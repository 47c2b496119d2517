/**
 * The logged-in worker, as the page header (or footer) says it: "Logged in as Jo Worker", or the
 * name beside "Log out". Null when the page does not say (checks that need it stay quiet).
 */
import { cleanText } from '../text';
import { SEPARATOR_ONLY } from './elements';
import { textOf } from './query';
import type { Block, DomIndex } from './walk';

const LOGGED_IN = /^(?:you\s+are\s+)?(?:currently\s+)?logged\s+(?:in|on)\s+as\s*:?\s*(.*)$/i;
const WORKER_CUE = /logged\s+(?:in|on)|log\s?(?:out|off)|sign\s?(?:out|off)/i;
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
    const m = LOGGED_IN.exec(b.text);
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

/** The name beside "Log out": the nearest text before it in the same header area. */
function nameBesideLogOut(idx: DomIndex, logout: Block): string | null {
  for (
    let el: Element | null = logout.el, depth = 0;
    el && depth < 3;
    el = el.parentElement, depth++
  ) {
    for (let s = el.previousSibling; s; s = s.previousSibling) {
      const t =
        s.nodeType === 3
          ? cleanText(s.nodeValue)
          : s.nodeType === 1
            ? textOf(idx, s as Element)
            : '';
      if (!t || SEPARATOR_ONLY.test(t)) continue;
      const name = cleanText(t.replace(GREETING, '').replace(TRAILING_SEPARATORS, ''));
      return name && name.length <= 80 && !LOGGED_IN.test(name) ? name : null;
    }
  }
  return null;
}
