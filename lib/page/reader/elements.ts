/** What kinds of element and text mean to a person reading a form, shared by the ways of reading. */
import { cleanLines } from '../text';
import { textOf } from './query';
import type { DomIndex } from './walk';

/** Headings: never the question of a value shown as text, nor its value. */
export const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Elements that decorate a label or value (icons, line breaks) without being one. */
export const DECORATIVE = new Set(['img', 'svg', 'br', 'hr', 'button', 'picture', 'i']);

/** Elements whose text stands apart from the text beside it (a value over several lines). */
export const TEXT_BLOCKS = new Set([
  'div',
  'p',
  'li',
  'dd',
  'dt',
  'tr',
  'td',
  'th',
  'section',
  'ul',
  'ol',
  'table',
  'address',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Links and buttons that act on a form rather than say anything: Add, Find, Change, Delete … */
export const ACTION_WORDS =
  /^(?:add|find|edit|delete|remove|clear|change|genogram|view|select|save|cancel|close|new|assign to me)$/i;

/** A text of separators only ("|", "·", "-"). */
export const SEPARATOR_ONLY = /^[|·•\-–—:,/\\\s]*$/;

/** A link or button such as Change, Find, Add, Delete. */
export function isAction(idx: DomIndex, e: Element): boolean {
  const t = e.localName;
  if (t !== 'a' && t !== 'button' && e.getAttribute('role') !== 'button') return false;
  const text = textOf(idx, e);
  return !text || ACTION_WORDS.test(text);
}

/** An element that is a row, a cell or a whole form: a label's value is not looked for beyond it. */
export function isRowish(el: Element): boolean {
  return ['tr', 'td', 'th', 'fieldset', 'form', 'table', 'tbody', 'body', 'li', 'dl'].includes(
    el.localName,
  );
}

/** Strip what is not part of a value: leading `*` and `:` left over from the label. */
export function valueText(s: string): string {
  return cleanLines(s.replace(/^[\s*:]+/, ''));
}

/** The option list a widget draws for a drop-down (`role="listbox"`, its options): choices, not text. */
export function inOptionList(el: Element): boolean {
  return !!el.closest('[role="listbox"], [role="option"]');
}

/** Does `p` hold `node` and nothing else but decoration (icons, a required `*`, action links)? */
export function holdsOnly(idx: DomIndex, p: Element, node: Element): boolean {
  for (let n = p.firstChild; n; n = n.nextSibling) {
    if (n === node) continue;
    if (n.nodeType === 3) {
      const t = (n.nodeValue ?? '').trim();
      if (t && t !== '*' && t !== ':') return false;
    } else if (n.nodeType === 1) {
      const e = n as Element;
      if (DECORATIVE.has(e.localName) || isAction(idx, e)) continue;
      const t = textOf(idx, e);
      if (t === '*' || t === ':') continue;
      return false;
    }
  }
  return true;
}
