/**
 * The demo's live Mosaic application (forms.md, "A live application, not a set of pages"): a shell
 * that stays on screen (a top bar with the logged-in worker, a Current Work panel with a folder
 * per person) and a main area whose views change without a page load (history.pushState; the
 * back button works through popstate). Written to tests/demo/site/app/index.html by
 * build-pages.ts; its behaviour is site/app/app.js.
 *
 * The views are the demo's own pages (pages.ts, rendered by build-pages.ts): the shell fetches a
 * page and draws its content in the main area, so there is one markup of each step. Options in
 * the address, kept while moving around:
 * - `view=<key>`: the view to open (`work` by default; keys below);
 * - `late=<ms>`: the first view is drawn only that long after the page has loaded;
 * - `title=never`: the document title is never set to the view's;
 * - `frame=1`: the views are drawn in a same-origin <iframe> of the shell;
 * - `widgets=1`: selects, radios and tick boxes drawn over by widgets (a button with
 *   role="combobox" in front of a hidden <select>, styled labels in front of hidden inputs); the
 *   native controls still hold the answers;
 * - `churn=1`: the work view holds 1,000 rows (5,000 elements), ten of which change their texts
 *   every 50 ms for 10 s, never showing a step (the benchmark's live page with no step).
 */
import { DEMO_PAGES, WORKER, type DemoPage } from './pages';
import { WORK_STEP_PAGES } from './work-steps';

export interface AppView {
  key: string;
  /** The demo page drawn in the main area. */
  file: string;
  /** The link's text in the Current Work panel. */
  label: string;
}

interface Folder {
  name: string;
  personId: string;
  views: AppView[];
}

function page(file: string): DemoPage {
  const p = DEMO_PAGES.find((d) => d.file === file);
  if (!p?.personId || !p.personName) throw new Error(`live app: no demo page ${file}`);
  return p;
}

function folder(files: Array<[string, string, string]>): Folder {
  const first = page(files[0][1]);
  return {
    name: (first.personName ?? '').replace(/^(Mr|Mrs|Ms|Miss)\s+/, ''),
    personId: first.personId ?? '',
    views: files.map(([key, file, label]) => ({ key, file, label })),
  };
}

/**
 * The people in the worker's Current Work, each with the views the app can open: checked pages,
 * and a casework step (page kind `work-step`).
 */
export const APP_FOLDERS: Folder[] = [
  folder([
    ['summary-2204451', 'person-summary.html', 'Person summary'],
    ['conversation-2204451', 'conversation-blank.html', 'Carers Conversation step (incomplete)'],
    ['review-2204451', 'review-blank.html', 'Carers Review step (incomplete)'],
  ]),
  folder([['summary-2204460', 'person-summary-no-carer.html', 'Person summary']]),
  folder([
    ['conversation-2204467', 'conversation-not-eligible.html', 'Carers Conversation step (ready)'],
  ]),
  ...WORK_STEP_PAGES.filter((p) => p.caseKind === 'ras').map((p) => ({
    name: p.personName,
    personId: p.personId,
    views: [{ key: `ras-${p.personId}`, file: p.file, label: `${p.step} step` }],
  })),
];

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function link(view: AppView, text = view.label): string {
  return `<a href="?view=${view.key}" data-view="${view.key}">${esc(text)}</a>`;
}

export function appHtml(): string {
  const views: Record<string, string> = {};
  for (const f of APP_FOLDERS) for (const v of f.views) views[v.key] = `../${v.file}`;
  const panel = APP_FOLDERS.map(
    (f) =>
      `<details class="folder" open><summary>${esc(f.name)} (${f.personId})</summary><ul>${f.views
        .map((v) => `<li>${link(v)}</li>`)
        .join('')}</ul></details>`,
  ).join('\n');
  const rows = APP_FOLDERS.flatMap((f) =>
    f.views
      .filter((v) => !v.key.startsWith('summary'))
      .map(
        (v) =>
          `<tr><td>${esc(f.name)} (${f.personId})</td><td>${link(v)}</td><td>${esc(WORKER)}</td></tr>`,
      ),
  ).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Mosaic</title>
<link rel="stylesheet" href="../mosaic.css">
<link rel="stylesheet" href="app.css">
<script src="../mosaic.js" defer></script>
<script src="app.js" defer></script>
</head>
<body class="modern live-app">
<div class="app-header"><span class="brand">Mosaic</span><span class="app-name">Adult Social Care</span><span class="spacer"></span><span class="user">Logged in as ${esc(
    WORKER,
  )}</span><a href="#" class="logout" onclick="return false">Log out</a></div>
<div class="app-body">
<nav class="current-work" aria-label="Current Work">
<h2><a href="?view=work" data-view="work">Current Work</a></h2>
${panel}
</nav>
<main id="app-main" class="app-main" aria-live="polite"></main>
</div>
<template id="work-view">
<div class="title-bar"><h1 class="title">Current Work</h1></div>
<div class="work-view">
<p>Your open workflow steps. Select one to open it here; the Current Work panel stays on screen.</p>
<table class="grid"><thead><tr><th>Person</th><th>Step</th><th>Assigned to</th></tr></thead><tbody>
${rows}
</tbody></table>
</div>
</template>
<script type="application/json" id="app-views">${JSON.stringify(views)}</script>
</body>
</html>
`;
}
