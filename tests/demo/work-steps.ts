/**
 * The demo's casework steps (forms.md, "Work steps of the casework practice standards"): the step
 * editors of a Reablement assessment, a RAS assessment and a Carers assessment, each with its
 * toolbar (Save, Finish), a step status strip with the step's date stamps, a short form and its
 * next actions. The extension recognises them by their visible title only. Written into
 * tests/demo/site/casework by build-pages.ts (a folder of their own: the reader's tests go through
 * the pages of the site's top folder); the people are fictional.
 */

export interface WorkStepPage {
  file: string;
  /** The step name, as the title shows it before ` : `. */
  step: string;
  caseKind: 'reablement' | 'ras' | 'carers-assessment';
  personName: string;
  personId: string;
  /** The status strip's date stamps, as Mosaic writes them; absent when the step shows none. */
  stamps: Array<{ label: 'Incoming' | 'Allocated' | 'Started'; date: string }>;
  /** yyyy-mm-dd of the date of allocation the extension should take, or null. */
  allocated: string | null;
  /** The next actions already added to the step. */
  actions: Array<{ action: string; worker: string; team: string }>;
  description: string;
}

export const WORK_STEP_WORKER = 'Jo Worker';

export const WORK_STEP_PAGES: WorkStepPage[] = [
  {
    file: 'casework/reablement-assessment.html',
    step: 'Reablement assessment',
    caseKind: 'reablement',
    personName: 'Arthur Example',
    personId: '3300101',
    stamps: [
      { label: 'Incoming', date: '19/11/2026' },
      { label: 'Allocated', date: '20 Nov 2026' },
      { label: 'Started', date: '23 Nov 2026' },
    ],
    allocated: '2026-11-20',
    actions: [{ action: 'Brokerage', worker: '', team: 'Access and Response' }],
    description: 'A Reablement assessment step with date stamps and a Brokerage next action',
  },
  {
    file: 'casework/ras-assessment.html',
    step: 'RAS assessment',
    caseKind: 'ras',
    personName: 'Bella Sample',
    personId: '3300202',
    stamps: [
      { label: 'Incoming', date: '23/11/2026' },
      { label: 'Allocated', date: '24/11/2026' },
    ],
    allocated: '2026-11-24',
    actions: [],
    description: 'A RAS assessment step allocated on 24/11/2026',
  },
  {
    file: 'casework/carers-assessment.html',
    step: 'Carers assessment',
    caseKind: 'carers-assessment',
    personName: 'Carl Trial',
    personId: '3300303',
    stamps: [],
    allocated: null,
    actions: [],
    description: 'A Carers assessment step that shows no date stamps (the date is asked for)',
  },
];

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function workStepTitle(p: WorkStepPage): string {
  return `${p.step} : ${p.personName} (${p.personId})`;
}

function toolbar(): string {
  const b = (action: string, text: string, icon: string) =>
    `<button type="button" class="tb-btn" data-action="${action}" title="${text}"><span class="ico ico-${icon}" aria-hidden="true"></span>${text}</button>`;
  return `<div class="toolbar" role="toolbar" aria-label="Step actions">${b('save', 'Save', 'save')}${b('finish', 'Finish', 'finish')}<span class="tb-sep"></span>${b('refresh', 'Refresh', 'refresh')}${b('print', 'Print', 'print')}${b('noop', 'Case notes', 'notes')}<span class="tb-status" data-status aria-live="polite"></span></div>`;
}

function strip(p: WorkStepPage): string {
  const stamps = (['Incoming', 'Allocated', 'Started'] as const).map((label) => {
    const s = p.stamps.find((x) => x.label === label);
    return `<span class="strip-item"><span class="strip-label">${label}</span> <span class="strip-value">${s ? esc(s.date) : '&mdash;'}</span></span>`;
  });
  return `<div class="step-strip" role="group" aria-label="Step status"><span class="strip-item"><span class="strip-label">Status</span> <span class="strip-value">In progress</span></span> ${stamps.join(' ')} <span class="strip-item"><span class="strip-label">Assigned to</span> <span class="strip-value">${esc(WORK_STEP_WORKER)}</span></span></div>`;
}

function actionsTable(p: WorkStepPage): string {
  const rows = p.actions.length
    ? p.actions
        .map(
          (a) =>
            `<tr><td>${esc(a.action)}</td><td>${esc(a.worker)}</td><td>${esc(a.team)}</td><td>Normal</td></tr>`,
        )
        .join('')
    : '<tr><td colspan="4">No next actions added</td></tr>';
  return `<div class="grid-block"><h3 class="grid-title">Next actions</h3><table class="grid"><thead><tr><th>Action</th><th>Pass to worker</th><th>Pass to team</th><th>Priority</th></tr></thead><tbody>${rows}</tbody></table><p><button type="button" class="btn" data-action="noop">Add next action</button></p></div>`;
}

export function workStepHtml(p: WorkStepPage): string {
  const title = workStepTitle(p);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<link rel="stylesheet" href="../mosaic.css">
<script src="../mosaic.js" defer></script>
</head>
<body class="modern step-editor">
<div class="app-header"><span class="brand">Mosaic</span><span class="app-name">Adult Social Care</span><span class="spacer"></span><span class="user">Logged in as ${esc(WORK_STEP_WORKER)}</span><a href="#" class="logout" onclick="return false">Log out</a></div>
<div class="title-bar"><h1 class="title">${esc(title)}</h1></div>
${toolbar()}
${strip(p)}
<div class="tab-panels"><div class="form-body"><section class="form-section"><h2 class="section-head">1. ${esc(p.step)}</h2><div class="section-body">
<div class="q q-wide"><label class="q-label" for="f-summary">Summary of the assessment</label><div class="q-ctl"><textarea id="f-summary" rows="4"></textarea></div></div>
<div class="q"><label class="q-label" for="f-visit">Date of home visit</label><div class="q-ctl"><input type="text" id="f-visit" class="short-date" placeholder="dd/mm/yyyy"></div></div>
</div></section>
<section class="form-section"><h2 class="section-head">2. Next actions</h2><div class="section-body">
${actionsTable(p)}
</div></section></div></div>
<div class="status-bar">Workflow step: ${esc(p.step)} &middot; ${esc(p.personName)} &middot; Mosaic ID ${p.personId}</div>
</body>
</html>
`;
}
