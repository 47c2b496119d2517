/** What each tag means to the walk: skipped, a control, a table, a block of text of its own. */

/** What part a tag plays in the walk. */
export type TagKind =
  | 'skip'
  | 'table'
  | 'list'
  | 'button'
  | 'input'
  | 'select'
  | 'textarea'
  | 'output'
  | 'label'
  | 'cell'
  | 'link'
  | 'br'
  | 'other';

/** Elements whose contents are never part of the page's visible text. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'option',
  'optgroup',
  'datalist',
]);

/** Elements whose text is set apart from their neighbours' by line breaks. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'p',
  'pre',
  'section',
  'summary',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'table',
  'ul',
  'ol',
  'dl',
  'label',
  'td',
  'th',
  'br',
]);

const TAG_KINDS = new Map<string, TagKind>([
  ['table', 'table'],
  ['ul', 'list'],
  ['ol', 'list'],
  ['dl', 'list'],
  ['label', 'label'],
  ['td', 'cell'],
  ['th', 'cell'],
  ['br', 'br'],
  ['button', 'button'],
  ['input', 'input'],
  ['select', 'select'],
  ['textarea', 'textarea'],
  ['output', 'output'],
  ['a', 'link'],
]);

export function tagKind(name: string): TagKind {
  if (SKIPPED.has(name)) return 'skip';
  return TAG_KINDS.get(name) ?? 'other';
}
