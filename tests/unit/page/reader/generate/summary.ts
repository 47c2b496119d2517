/**
 * One description of a person summary (forms.md's person-summary: service user groups with the
 * primary one marked, personal relationships, employment status) and a renderer that draws it
 * in many markups from a seeded generator: the panels' headings (with or without a Change link
 * inside or beside them), the groups and relationships as tables with or without a header row,
 * lists or rows of <div>s, "(primary)" in the sub-group's cell, the group's cell, a cell of its
 * own or a Notes column, and the employment status in a <dl>, a table row, <div> rows or a
 * paragraph after its heading.
 */
import { pickHeader, type HeaderForm } from './header';
import type { Random } from './prng';

export const SUMMARY_CONTENT = {
  title: 'Mr',
  person: 'Timothy Guide',
  id: '2204451',
  born: '1 Jun 1966 (60 years old)',
  worker: 'Jo Worker',
  team: 'Camden Carers Service',
  groups: [
    {
      group: 'Older person',
      subGroup: 'Physical support',
      from: 'From 2 Feb 2021',
      primary: false,
    },
    { group: 'Carer', subGroup: 'No sub-group recorded', from: 'From 20 Jun 2023', primary: true },
  ],
  relationships: [
    { relationship: 'FRIEND', name: 'Alice Trainee' },
    { relationship: 'SISTER', name: 'Jane Guide' },
  ],
  employment: 'Not in Paid Employment (not actively seeking work / retired)',
};

type Summary = typeof SUMMARY_CONTENT;

export interface SummaryRendering {
  html: string;
  header: HeaderForm;
  notes: string[];
}

const PRIMARY = ' (primary)';

export function renderSummary(c: Summary, rnd: Random | null): SummaryRendering {
  const pick = <T>(items: readonly T[], reference: T): T => (rnd ? rnd.pick(items) : reference);
  const wrap = (html: string): string => {
    let out = html;
    for (let i = rnd ? rnd.below(4) : 0; i > 0; i--) out = `<div class="w${i}">${out}</div>`;
    return out;
  };
  const notes: string[] = [];
  const header = pickHeader(rnd);
  notes.push(`header: ${header.name}`);

  const heading = (text: string): string => {
    const tag = pick(['h2', 'h3', 'h4', 'div role="heading" aria-level="3"'], 'h3');
    const close = tag.split(' ')[0];
    const link = pick(['', 'inside', 'beside'], '');
    if (link === 'inside') return `<${tag}>${text} <a href="#change">Change</a></${close}>`;
    if (link === 'beside')
      return `<div class="head"><${tag}>${text}</${close}><a href="#change">Change</a></div>`;
    return `<${tag}>${text}</${close}>`;
  };

  // service user groups
  const groupsForm = pick(['table-head', 'table', 'list-dots', 'list-spans', 'divs'], 'table-head');
  const marker = pick(
    groupsForm === 'table-head' ? ['subGroup', 'group', 'notes'] : ['subGroup', 'group', 'own'],
    'subGroup',
  );
  notes.push(`groups: ${groupsForm}, primary in ${marker}`);
  const groupParts = c.groups.map((g) => {
    const parts = [
      g.group + (g.primary && marker === 'group' ? PRIMARY : ''),
      g.subGroup + (g.primary && marker === 'subGroup' ? PRIMARY : ''),
      g.from,
    ];
    if (marker === 'own' || marker === 'notes') parts.push(g.primary ? PRIMARY.trim() : '');
    return parts;
  });
  const groupHeads = ['Service user group', 'Sub-group', 'From'];
  if (marker === 'notes') groupHeads.push('Notes');
  const groups = rowsMarkup(groupsForm, groupParts, groupHeads);

  // relationships
  const relForm = pick(['table-head', 'table', 'list-dash', 'list-dots', 'divs'], 'table-head');
  notes.push(`relationships: ${relForm}`);
  const rels = rowsMarkup(
    relForm,
    c.relationships.map((r) => [r.relationship, r.name]),
    ['Relationship', 'Name'],
  );

  // employment status
  const empForm = pick(['dl', 'table', 'divs', 'heading', 'colon'], 'dl');
  notes.push(`employment: ${empForm}`);
  const label = pick(['Employment status', 'Employment Status'], 'Employment status');
  const employment =
    empForm === 'dl'
      ? `<dl><dt>Preferred name</dt><dd>Tim</dd><dt>${label}</dt><dd>${c.employment}</dd></dl>`
      : empForm === 'table'
        ? `<table><tr><th>Preferred name</th><td>Tim</td></tr><tr><th>${label}</th><td>${c.employment}</td></tr></table>`
        : empForm === 'divs'
          ? `<div class="row"><div>Preferred name</div><div>Tim</div></div><div class="row"><div>${label}</div><div><span>${c.employment}</span></div></div>`
          : empForm === 'heading'
            ? `${heading(label)}<p>${c.employment}</p>`
            : `<p>${label}: ${c.employment}</p>`;

  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Mosaic</title></head>
<body>
<header class="masthead">${header.html(c.worker, c.team)}</header>
<h1>Person summary - ${c.title} ${c.person} (${c.id}) born ${c.born}</h1>
${wrap(`${heading('Person details')}${wrap(employment)}`)}
${wrap(`${heading('Service user groups')}${wrap(groups)}`)}
${wrap(`${heading('Personal relationships')}${wrap(rels)}`)}
</body></html>`;
  return { html, header, notes };
}

/** Rows of parts as a table (with or without a header row), a list, or rows of <div>s. */
function rowsMarkup(form: string, rows: string[][], heads: string[]): string {
  switch (form) {
    case 'table-head':
      return `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((p) => `<td>${p}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'table':
      return `<table>${rows.map((r) => `<tr>${r.map((p) => `<td>${p}</td>`).join('')}</tr>`).join('')}</table>`;
    case 'list-dots':
      return `<ul>${rows.map((r) => `<li>${r.filter(Boolean).join(' · ')}</li>`).join('')}</ul>`;
    case 'list-dash':
      return `<ul>${rows.map((r) => `<li>${r.filter(Boolean).join(' – ')}</li>`).join('')}</ul>`;
    case 'list-spans':
      return `<ul>${rows.map((r) => `<li>${r.map((p) => `<span>${p}</span>`).join(' ')}</li>`).join('')}</ul>`;
    default:
      return `<div class="list">${rows
        .map((r) => `<div class="item">${r.map((p) => `<div>${p}</div>`).join('')}</div>`)
        .join('')}</div>`;
  }
}
