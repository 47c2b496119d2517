/** Form controls: their values, whether the worker can change them, and their captions. */
import type { FieldDef } from '../fields';
import { cleanLines, cleanText, displayLabel } from '../text';
import { isPlaceholderOption, sameOption } from '../option-text';
import { ctlsIn, textOf } from './query';
import { BLOCK_TAGS } from './tags';
import type { Ctl, DomIndex } from './walk';

/** The visible text of a select's chosen option; null when none or a placeholder is chosen. */
export function selectText(sel: HTMLSelectElement): string | null {
  const i = sel.selectedIndex;
  if (i < 0) return null;
  const opt = sel.options[i];
  if (!opt) return null;
  const t = displayLabel(opt.textContent);
  return isPlaceholderOption(t) ? null : t;
}

/** The visible texts of a select's options, placeholders left out. */
export function selectOptions(sel: HTMLSelectElement): string[] {
  const out: string[] = [];
  for (const o of Array.from(sel.options)) {
    const t = displayLabel(o.textContent);
    if (!isPlaceholderOption(t)) out.push(t);
  }
  return out;
}

/** A text box's value, trimmed; null when blank. A select's chosen text. */
export function ctlValue(c: Ctl): string | null {
  const el = c.el;
  if (c.kind === 'select') return selectText(el as HTMLSelectElement);
  if (c.kind === 'multiselect') {
    const vals: string[] = [];
    for (const o of Array.from((el as HTMLSelectElement).options))
      if (o.selected) vals.push(displayLabel(o.textContent));
    return vals.length ? vals.join(', ') : null;
  }
  if (c.kind === 'radio' || c.kind === 'checkbox') return null;
  const v =
    el.localName === 'input' || el.localName === 'textarea'
      ? (el as HTMLInputElement).value
      : el.localName === 'output'
        ? cleanLines(el.textContent)
        : el.textContent;
  const t = (v ?? '').trim();
  return t ? t : null;
}

/** Can the worker change this control? */
export function ctlEditable(c: Ctl): boolean {
  const el = c.el as HTMLInputElement;
  if (el.localName === 'output') return false;
  if (el.localName === 'input' || el.localName === 'select' || el.localName === 'textarea') {
    if (el.disabled || el.hasAttribute('disabled')) return false;
    if (el.localName !== 'select' && (el.readOnly || el.hasAttribute('readonly'))) return false;
    if (el.closest('fieldset[disabled]')) return false;
  }
  if (el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true')
    return false;
  return true;
}

export function isChecked(c: Ctl): boolean {
  return !!(c.el as HTMLInputElement).checked;
}

/** A box for free text over several lines: a <textarea> or a rich-text box (contenteditable). */
export function isTextArea(el: Element): boolean {
  if (el.localName === 'textarea') return true;
  const ce = el.getAttribute('contenteditable');
  return ce === '' || ce === 'true' || ce === 'plaintext-only';
}

export function isChoiceInput(el: Element): boolean {
  if (el.localName !== 'input') return false;
  const t = (el.getAttribute('type') ?? '').toLowerCase();
  return t === 'radio' || t === 'checkbox';
}

/**
 * Can this control answer a field of this kind? `explicit`: the page ties it to the question
 * (a choice may then be a text box, as some councils' forms type a lookup's answer).
 */
export function compatible(kind: FieldDef['kind'], c: Ctl, explicit: boolean): boolean {
  switch (kind) {
    case 'choice':
      return c.kind === 'select' || c.kind === 'radio' || (explicit && c.kind === 'text');
    case 'multi':
      return c.kind === 'checkbox' || c.kind === 'multiselect';
    case 'text':
      return c.kind === 'text';
    case 'shown':
      return c.kind === 'text' || c.kind === 'select';
    default:
      return false;
  }
}

/**
 * The text beside an element among its siblings, up to the next control or line break; before
 * it, up to the first element past a text.
 */
export function siblingText(idx: DomIndex, el: Element, dir: 'next' | 'prev'): string {
  const parts: string[] = [];
  for (
    let s = dir === 'next' ? el.nextSibling : el.previousSibling;
    s;
    s = dir === 'next' ? s.nextSibling : s.previousSibling
  ) {
    if (s.nodeType === 3) {
      parts.push(s.nodeValue ?? '');
      continue;
    }
    if (s.nodeType !== 1) continue;
    const e = s as Element;
    // a caption before its input is the text right before it ("Yes ◯"), not the question before that
    if (dir === 'prev' && cleanText(parts.join(''))) break;
    if (e.localName === 'br' || idx.ctlByEl.has(e) || ctlsIn(idx, e).length > 0) break;
    if (e.localName === 'input' || e.localName === 'button') break;
    if (BLOCK_TAGS.has(e.localName) && cleanText(parts.join(''))) break;
    parts.push(textOf(idx, e));
    if (BLOCK_TAGS.has(e.localName)) break;
  }
  if (dir === 'prev') parts.reverse();
  return cleanText(parts.join(' '));
}

/** A caption the page ties to the input: <label for>, a wrapping label, aria. */
export function hasOwnCaption(idx: DomIndex, el: Element): boolean {
  return (
    (!!el.id && idx.labelFor.has(el.id)) ||
    !!el.closest('label') ||
    el.hasAttribute('aria-labelledby') ||
    el.hasAttribute('aria-label')
  );
}

/**
 * The visible caption of a radio button or tick box: its label, aria, or the bare text next to
 * it (after it, or before it when the group's captions come first: "Yes ◯  No ◯"); its value
 * when that is one of the known options and nothing else names it.
 */
export function caption(idx: DomIndex, c: Ctl, known?: readonly string[], before = false): string {
  const el = c.el;
  if (el.id) {
    const labels = idx.labelFor.get(el.id);
    if (labels?.length) return displayLabel(textOf(idx, labels[0]));
  }
  const wrap = el.closest('label');
  if (wrap) {
    const t = displayLabel(textOf(idx, wrap));
    if (t) return t;
  }
  const lb = el.getAttribute('aria-labelledby');
  if (lb) {
    const t = lb
      .split(/\s+/)
      .map((id) => idx.doc.getElementById(id))
      .filter((e): e is HTMLElement => !!e)
      .map((e) => textOf(idx, e))
      .join(' ');
    if (cleanText(t)) return displayLabel(t);
  }
  const aria = el.getAttribute('aria-label');
  if (aria && cleanText(aria)) return displayLabel(aria);
  const order: Array<'next' | 'prev'> = before ? ['prev', 'next'] : ['next', 'prev'];
  for (let node: Element = el, depth = 0; depth < 2; depth++) {
    for (const dir of order) {
      const t = siblingText(idx, node, dir);
      if (t) return displayLabel(t);
    }
    const parent = node.parentElement;
    if (!parent || ctlsIn(idx, parent).length > 1) break;
    node = parent;
  }
  const value = el.getAttribute('value');
  if (value && known?.some((k) => sameOption(k, value))) return value;
  return '';
}
