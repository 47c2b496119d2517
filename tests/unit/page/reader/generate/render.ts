/**
 * Draw the one description of a Conversation (conversation.ts) as a page, each choice of markup
 * taken from a seeded random generator (none: the reference rendering, the plainest markup).
 * What varies: the wrappers around each question and control (0 to 4), the elements carrying
 * labels and values (span, div, p, label, legend, td, th, dt/dd), the layout of each section
 * (rows of <div>s, a table, a <dl>), how radios and tick boxes are captioned (label-for, a
 * wrapping label, a bare text node after them) and whether they are visually hidden behind styled
 * labels, drop-downs native or held display:none behind a role="combobox" widget, and the header.
 */
import type { Conversation, Item } from './conversation';
import { pickHeader, type HeaderForm } from './header';
import type { Random } from './prng';
import { renderTabs } from './tabs';

type Layout = 'divs' | 'table' | 'dl';
type Question = Exclude<Item, { kind: 'section' }>;
const LAYOUTS: Layout[] = ['divs', 'table', 'dl'];
const LABEL_TAGS = ['span', 'div', 'p', 'strong', 'label', 'legend'] as const;
type LabelTag = (typeof LABEL_TAGS)[number] | 'label-for';
const CAPTIONS = ['label-for', 'wrap', 'bare', 'bare-before'] as const;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Rendering {
  html: string;
  header: HeaderForm;
  /** what was chosen, one line per section and a summary, for failure messages */
  notes: string[];
}

/** The choices of one rendering: random ones, or the reference's when `rnd` is null. */
class Markup {
  private n = 0;
  readonly notes: string[] = [];
  constructor(private readonly rnd: Random | null) {}

  id(prefix: string): string {
    return `${prefix}${++this.n}`;
  }
  pick<T>(items: readonly T[], reference: T): T {
    return this.rnd ? this.rnd.pick(items) : reference;
  }
  chance(p: number): boolean {
    return this.rnd ? this.rnd.chance(p) : false;
  }
  /** 0 to 4 wrapper elements around some markup */
  wrap(html: string): string {
    const depth = this.rnd ? this.rnd.below(5) : 0;
    let out = html;
    for (let i = 0; i < depth; i++) {
      const tag = this.pick(['div', 'div', 'section', 'span'], 'div');
      out = `<${tag} class="w${i}">${out}</${tag}>`;
    }
    return out;
  }
}

export function renderConversation(c: Conversation, rnd: Random | null): Rendering {
  const m = new Markup(rnd);
  const header = pickHeader(rnd);
  m.notes.push(`header: ${header.name}`);
  const tabs = renderTabs(
    c.tabs.map((t) => t.name),
    c.open,
    c.tabs.map((t) => renderItems(m, t.items)),
    rnd,
  );
  m.notes.push(`tabs: ${tabs.form}`);
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Mosaic</title>
<style>.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }</style></head>
<body>
<header class="masthead">${header.html(c.worker, c.team)}</header>
<h1>Carers Conversation : ${c.person} (${c.id})</h1>
${tabs.html}
</body></html>`;
  return { html, header, notes: m.notes };
}

/** The items of a tab, section by section, each section in a layout of its own. */
function renderItems(m: Markup, items: Item[]): string {
  const out: string[] = [];
  let run: Question[] = [];
  const flush = () => {
    if (run.length) out.push(renderSection(m, run));
    run = [];
  };
  for (const it of items) {
    if (it.kind === 'section') {
      flush();
      const tag = m.pick(['h2', 'h3', 'h4'], 'h2');
      out.push(`<${tag}>${sectionText(m, it.text)}</${tag}>`);
    } else run.push(it);
  }
  flush();
  return out.join('\n');
}

/** "2. Carers Wellbeing Conversation", or "Section 2 – …", "Section 2: …" */
function sectionText(m: Markup, text: string): string {
  const at = /^(\d+)\.\s+(.*)$/.exec(text);
  if (!at) return text;
  const form = m.pick(['plain', 'dash', 'colon'], 'plain');
  if (form === 'dash') return `Section ${at[1]} – ${at[2]}`;
  return form === 'colon' ? `Section ${at[1]}: ${at[2]}` : text;
}

/** The label's text, with what a form puts beside it: a required marker, a cog before a pre-filled value. */
function labelText(m: Markup, it: Question): string {
  const label = esc(it.label);
  if (it.kind === 'shown') {
    if (m.chance(0.2)) return `${label}:`;
    const cog = m.pick(['', '', 'img', 'glyph'], '');
    if (cog === 'img') return `<img src="cog.png" alt="Pre-populated" width="12"> ${label}`;
    if (cog === 'glyph') return `<span class="cog" aria-hidden="true">⚙</span> ${label}`;
    return label;
  }
  if (it.kind === 'table')
    return m.chance(0.4) ? `${label} <a href="#add" class="action">Add</a>` : label;
  // hint text after a long question ("… carer? Choose one"), and a word in emphasis
  if (it.kind === 'choice' && it.label.split(' ').length >= 3 && m.chance(0.2))
    return `${label} <span class="hint">Choose one answer</span>`;
  if (it.kind === 'choice' && m.chance(0.15)) return label.replace(/^(\S+)/, '<em>$1</em>');
  const marker = m.pick(['', '*', 'span', 'abbr'], '');
  if (marker === '*') return `${label}*`;
  if (marker === 'span') return `${label} <span class="req">*</span>`;
  return marker === 'abbr' ? `${label} <abbr title="required">*</abbr>` : label;
}

function renderSection(m: Markup, items: Question[]): string {
  const layout = m.pick(LAYOUTS, 'divs');
  m.notes.push(`section of ${items.length} items: ${layout}`);
  const rows = items.map((it) => renderRow(m, layout, it));
  if (layout === 'table') return `<table class="form">\n${rows.join('\n')}\n</table>`;
  if (layout === 'dl') return `<dl class="form">\n${rows.join('\n')}\n</dl>`;
  return rows.join('\n');
}

/** One question (or shown value, or table) in the section's layout. */
function renderRow(m: Markup, layout: Layout, it: Question): string {
  const ctlId = m.id('c');
  const answer = renderAnswer(m, it, ctlId);
  const forId = it.kind === 'text' || (it.kind === 'choice' && it.as === 'select') ? ctlId : null;
  const label = labelText(m, it);
  if (layout === 'table') {
    const cell = m.pick(['td', 'th'], 'td');
    const inner = forId && m.chance(0.4) ? `<label for="${forId}">${label}</label>` : m.wrap(label);
    return `<tr><${cell}>${inner}</${cell}><td>${m.wrap(answer)}</td></tr>`;
  }
  if (layout === 'dl') {
    const inner = forId && m.chance(0.4) ? `<label for="${forId}">${label}</label>` : label;
    const pair = `<dt>${inner}</dt><dd>${m.wrap(answer)}</dd>`;
    return m.chance(0.5) ? `<div class="pair">${pair}</div>` : pair;
  }
  if (it.kind === 'shown' && m.chance(0.25))
    return m.wrap(`<p>${label}: ${it.lines.map(esc).join('<br>')}</p>`);
  const tags: LabelTag[] = forId ? [...LABEL_TAGS, 'label-for'] : [...LABEL_TAGS];
  const tag = m.pick(tags, forId ? 'label-for' : 'div');
  if (tag === 'legend')
    return m.wrap(`<fieldset><legend>${label}</legend>${m.wrap(answer)}</fieldset>`);
  const labelHtml =
    tag === 'label-for' ? `<label for="${forId}">${label}</label>` : `<${tag}>${label}</${tag}>`;
  // a two-column row: the label and the answer in sibling containers, or side by side
  const twoColumn = m.chance(0.5);
  return m.wrap(
    twoColumn
      ? `<div class="row"><div class="l">${labelHtml}</div><div class="v">${m.wrap(answer)}</div></div>`
      : `<div class="q">${labelHtml} ${m.wrap(answer)}</div>`,
  );
}

function renderAnswer(m: Markup, it: Question, id: string): string {
  switch (it.kind) {
    case 'shown': {
      const tag = m.pick(['span', 'div', 'b', 'output', 'input'], 'span');
      if (tag === 'input')
        return it.lines.length === 1
          ? `<input type="text" readonly value="${esc(it.lines[0])}">`
          : `<textarea readonly>${it.lines.map(esc).join('\n')}</textarea>`;
      if (tag === 'output') return `<output>${it.lines.map(esc).join('\n')}</output>`;
      return `<${tag}>${it.lines.map(esc).join('<br>')}</${tag}>`;
    }
    case 'text':
      if (it.box === 'input') return `<input type="text" id="${id}" value="${esc(it.value)}">`;
      return m.chance(0.2)
        ? `<div id="${id}" contenteditable="true" role="textbox" aria-multiline="true">${esc(it.value)}</div>`
        : `<textarea id="${id}">${esc(it.value)}</textarea>`;
    case 'choice':
      return it.as === 'select'
        ? renderSelect(m, id, it.options, it.answer)
        : renderChoices(m, 'radio', it.options, it.answer ? [it.answer] : []);
    case 'multi':
      return renderChoices(m, 'checkbox', it.options, it.ticked);
    case 'table':
      return renderTable(m, it.columns, it.rows, it.inputs);
  }
}

function renderSelect(m: Markup, id: string, options: string[], answer: string | null): string {
  const opts = options
    .map((o) => `<option${o === answer ? ' selected' : ''}>${esc(o)}</option>`)
    .join('');
  const widget = m.chance(0.5);
  const native = `<select id="${id}"${widget ? ' style="display:none" aria-hidden="true"' : ''}><option value="">Please select</option>${opts}</select>`;
  if (!widget) return native;
  const list = m.chance(0.5)
    ? `<ul role="listbox" hidden>${options.map((o) => `<li role="option">${esc(o)}</li>`).join('')}</ul>`
    : '';
  const arrow = m.chance(0.5) ? ' <span aria-hidden="true">▾</span>' : '';
  const shownText = esc(answer ?? 'Select…');
  const form = m.pick(['div', 'input', 'button'], 'div');
  const face =
    form === 'input'
      ? `<input type="text" role="combobox" readonly aria-expanded="false" value="${shownText}">${arrow}`
      : form === 'button'
        ? `<button type="button" aria-haspopup="listbox" aria-expanded="false">${shownText}${arrow}</button>`
        : `<div role="combobox" tabindex="0" aria-expanded="false"><span>${shownText}</span>${arrow}</div>`;
  const combo = `${face}${list}`;
  return m.chance(0.5) ? `${native}${combo}` : `${combo}${native}`;
}

function renderChoices(
  m: Markup,
  type: 'radio' | 'checkbox',
  options: string[],
  chosen: string[],
): string {
  const name = m.id('g');
  const caption = m.pick(CAPTIONS, 'label-for');
  // visually hidden behind styled labels: clipped, held display:none, or transparent
  const hidden = m.pick(['', '', ' class="vh"', ' style="display:none"', ' style="opacity:0"'], '');
  const each = m.pick(['span', 'div', 'li', ''], 'span');
  const parts = options.map((o, i) => {
    const id = `${name}-${i}`;
    const input = `<input type="${type}" id="${id}" name="${name}" value="${i}"${hidden}${chosen.includes(o) ? ' checked' : ''}>`;
    const html =
      caption === 'label-for'
        ? `${input}<label for="${id}" class="face">${esc(o)}</label>`
        : caption === 'wrap'
          ? `<label class="face">${input} ${esc(o)}</label>`
          : caption === 'bare'
            ? `${input} ${esc(o)}`
            : `${esc(o)} ${input}`;
    const option = each ? `<${each}>${html}</${each}>` : `${html}<br>`;
    return each === 'li' ? option : m.wrap(option);
  });
  return each === 'li' ? `<ul class="choices">${parts.join('')}</ul>` : parts.join('\n');
}

function renderTable(m: Markup, columns: string[], rows: string[][], inputs: boolean): string {
  const head = columns.map((c) => `<th>${esc(c)}</th>`).join('');
  const headForm = m.pick(['thead', 'th', 'bold'], 'thead');
  const headRow =
    headForm === 'thead'
      ? `<thead><tr>${head}</tr></thead>`
      : headForm === 'th'
        ? `<tr>${head}</tr>`
        : `<tr>${columns.map((c) => `<td><strong>${esc(c)}</strong></td>`).join('')}</tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((v) => `<td>${inputs ? `<input type="text" value="${esc(v)}">` : esc(v)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="grid">${headRow}<tbody>${body}</tbody></table> <button type="button">${inputs ? 'Add' : 'Find'}</button>`;
}
