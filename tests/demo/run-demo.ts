/**
 * `npm run demo`: builds the demo extension, serves the demo Mosaic pages on 127.0.0.1 and opens
 * Debian's Chromium with the extension loaded.
 *
 * - With a display (DISPLAY set) and not in CI: a normal browser window on the demo index; it runs
 *   until you close the browser or press Ctrl+C.
 * - Without one: headless. Each demo page is opened, the sidebar's findings are printed, and
 *   screenshots of every page (and its sidebar), the popup and the options page are saved under
 *   demo-output/. A summary is written to demo-output/findings.json. The sidebar in teach mode is
 *   also saved as docs/screenshots/teach-mode.png. The live application
 *   (tests/demo/site/app, docs/live-pages.md) is then followed through its views, with a
 *   screenshot of each state in docs/screenshots/live-*.png.
 *
 * Exits non-zero only when the build or the server fails; anything else is reported and skipped.
 *
 * Environment: DEMO_PORT (default 4173), CHROMIUM_PATH (default /usr/bin/chromium),
 * DEMO_SKIP_BUILD=1 (use the existing .output/chrome-mv3-demo), DEMO_HEADLESS=1 (headless even
 * with a display).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { startDemoServer } from './server';
import { DEMO_PAGES, type DemoPage } from './pages';
import { addExampleCases, caseworkShots, foundShot } from './demo-casework';
import { liveAppShots } from './demo-live';
import { teachShot } from './demo-teach';
import { CHROMIUM, extensionArgs } from '../browser/fixtures';

const EXTENSION_DIR = resolve('.output/chrome-mv3-demo');
const OUT_DIR = resolve('demo-output');
const SIDEBAR = 'mosaic-companion [data-testid="mc-sidebar"]';
const READY = `${SIDEBAR}[data-state="ready"]`;
const READY_TIMEOUT = 10_000;

const say = (s = '') => process.stdout.write(`${s}\n`);

function fail(message: string): never {
  process.stderr.write(`\nnpm run demo: ${message}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Build and serve

function build(): void {
  if (process.env.DEMO_SKIP_BUILD === '1' && existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    say(`Using the existing demo build in ${EXTENSION_DIR} (DEMO_SKIP_BUILD=1).`);
    return;
  }
  say('Building the demo extension (wxt build --mode demo)…');
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'inherit' });
  if (r.error) fail(`the build could not start: ${r.error.message}`);
  if (r.status !== 0) fail(`the build failed (exit code ${r.status}).`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    fail(`the build wrote no ${EXTENSION_DIR}/manifest.json.`);
}

function portFree(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const probe = createServer();
    probe.once('error', () => ok(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => ok(true)));
  });
}

async function serve(): Promise<{ close: () => void; url: string }> {
  const asked = process.env.DEMO_PORT;
  let port = Number(asked ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`DEMO_PORT=${asked} is not a port number.`);
  if (port !== 0 && !(await portFree(port))) {
    if (asked) fail(`port ${port} (DEMO_PORT) is already in use.`);
    say(`Port ${port} is in use; serving the demo on a free port instead.`);
    port = 0;
  }
  try {
    const started = await Promise.race([
      startDemoServer(port),
      new Promise<never>((_, no) =>
        setTimeout(() => no(new Error('the server did not start within 10 s')), 10_000),
      ),
    ]);
    started.server.on('error', (e) => process.stderr.write(`demo server: ${e.message}\n`));
    return { url: started.url, close: () => started.server.close() };
  } catch (e) {
    fail(`the demo server failed: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Browser

function launch(headless: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    // Ctrl+C is ours: close the browser and the server, then exit 0 (Playwright would exit 130).
    handleSIGINT: false,
    handleSIGTERM: false,
    viewport: headless ? { width: 1366, height: 900 } : null,
    args: extensionArgs(EXTENSION_DIR),
  });
}

async function extensionId(context: BrowserContext): Promise<string | null> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return new URL(existing.url()).host;
  try {
    const w = await context.waitForEvent('serviceworker', {
      predicate: (x) => x.url().startsWith('chrome-extension://'),
      timeout: 10_000,
    });
    return new URL(w.url()).host;
  } catch {
    return null;
  }
}

interface FindingOut {
  ruleId: string;
  severity: string;
  field: string;
  text: string;
}

interface PageResult {
  file: string;
  kind: string | null;
  person: string | null;
  sidebar: 'ready' | 'not-ready' | 'absent';
  sidebarKind: string | null;
  sidebarPerson: string | null;
  errors: string | null;
  warnings: string | null;
  eligibility: Record<string, string | null> | null;
  budget: Record<string, string | null> | null;
  findings: FindingOut[];
  expectedRuleIds: string[];
  screenshot: string | null;
  problem?: string;
}

function shotName(file: string, suffix = ''): string {
  return join(OUT_DIR, `${file.replace(/\.html$/, '')}${suffix}.png`);
}

async function attrs(
  page: Page,
  selector: string,
  names: string[],
): Promise<Record<string, string | null> | null> {
  const loc = page.locator(selector).first();
  if ((await loc.count()) === 0) return null;
  const out: Record<string, string | null> = {};
  for (const n of names) out[n] = await loc.getAttribute(n);
  return out;
}

async function checkPage(
  context: BrowserContext,
  base: string,
  demo: DemoPage,
): Promise<PageResult> {
  const result: PageResult = {
    file: demo.file,
    kind: demo.kind,
    person: demo.personId,
    sidebar: 'absent',
    sidebarKind: null,
    sidebarPerson: null,
    errors: null,
    warnings: null,
    eligibility: null,
    budget: null,
    findings: [],
    expectedRuleIds: demo.expectedRuleIds,
    screenshot: null,
  };
  const page = await context.newPage();
  try {
    await page.goto(`${base}/${demo.file}`, { waitUntil: 'load', timeout: 20_000 });
    if (demo.kind) {
      try {
        await page.locator(READY).first().waitFor({ state: 'attached', timeout: READY_TIMEOUT });
        result.sidebar = 'ready';
      } catch {
        result.sidebar = (await page.locator(SIDEBAR).count()) > 0 ? 'not-ready' : 'absent';
      }
    } else {
      // An ordinary page: give the extension a moment, then make sure it stayed out.
      await page.waitForTimeout(1_500);
      result.sidebar =
        (await page.locator('mosaic-companion').count()) > 0 ? 'not-ready' : 'absent';
    }
    if (result.sidebar !== 'absent') {
      const bar = await attrs(page, SIDEBAR, [
        'data-page-kind',
        'data-person-id',
        'data-errors',
        'data-warnings',
      ]);
      result.sidebarKind = bar?.['data-page-kind'] ?? null;
      result.sidebarPerson = bar?.['data-person-id'] ?? null;
      result.errors = bar?.['data-errors'] ?? null;
      result.warnings = bar?.['data-warnings'] ?? null;
      result.eligibility = await attrs(page, 'mosaic-companion [data-testid="mc-eligibility"]', [
        'data-form-decision',
        'data-statutory',
      ]);
      result.budget = await attrs(page, 'mosaic-companion [data-testid="mc-budget"]', [
        'data-suggested',
        'data-shown',
        'data-costs',
      ]);
      result.findings = await page.locator('mosaic-companion [data-rule-id]').evaluateAll((els) =>
        els.map((el) => ({
          ruleId: el.getAttribute('data-rule-id') ?? '',
          severity: el.getAttribute('data-severity') ?? '',
          field: el.getAttribute('data-field') ?? '',
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      );
    }
    const path = shotName(demo.file);
    await page.screenshot({ path, fullPage: false });
    result.screenshot = path;
    if (result.sidebar !== 'absent') {
      const bar = page.locator(SIDEBAR).first();
      if (await bar.isVisible().catch(() => false))
        await bar.screenshot({ path: shotName(demo.file, '-sidebar') }).catch(() => {});
    }
  } catch (e) {
    result.problem = (e as Error).message.split('\n')[0];
  } finally {
    await page.close().catch(() => {});
  }
  return result;
}

function report(r: PageResult): void {
  say('');
  say(`● ${r.file}`);
  if (r.kind) say(`  kind ${r.kind}, person ${r.person}`);
  else say('  an ordinary page (not Mosaic)');
  if (r.problem) say(`  could not check it: ${r.problem}`);
  if (!r.kind) {
    say(
      r.sidebar === 'absent'
        ? '  no sidebar, as it should be'
        : '  the sidebar appeared on a page that is not Mosaic',
    );
    return;
  }
  if (r.sidebar === 'absent') say(`  no sidebar appeared within ${READY_TIMEOUT / 1000} s`);
  else if (r.sidebar === 'not-ready')
    say(`  the sidebar did not reach data-state="ready" within ${READY_TIMEOUT / 1000} s`);
  else {
    const mismatch =
      (r.sidebarKind && r.sidebarKind !== r.kind) ||
      (r.sidebarPerson && r.sidebarPerson !== r.person)
        ? ` (the sidebar says ${r.sidebarKind}, person ${r.sidebarPerson})`
        : '';
    say(`  sidebar ready${mismatch}; errors ${r.errors ?? '-'}, warnings ${r.warnings ?? '-'}`);
  }
  if (r.eligibility)
    say(
      `  eligibility: form ${r.eligibility['data-form-decision'] ?? '-'}, statutory ${r.eligibility['data-statutory'] ?? '-'}`,
    );
  if (r.budget)
    say(
      `  budget: suggested ${r.budget['data-suggested'] || '-'}, shown ${r.budget['data-shown'] || '-'}, costs ${r.budget['data-costs'] || '-'}`,
    );
  if (r.sidebar !== 'absent') {
    if (r.findings.length === 0) say('  findings: none listed');
    else {
      say(`  findings (${r.findings.length}):`);
      for (const f of r.findings)
        say(`    [${f.severity || '?'}] ${f.ruleId}${f.field ? ` (${f.field})` : ''}: ${f.text}`);
    }
    const got = new Set(r.findings.map((f) => f.ruleId));
    const missing = r.expectedRuleIds.filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !r.expectedRuleIds.includes(id));
    if (r.findings.length > 0 || r.expectedRuleIds.length > 0) {
      if (missing.length === 0 && extra.length === 0)
        say('  as designed: the rule ids match the page design');
      else {
        if (missing.length) say(`  designed to trigger but not listed: ${missing.join(', ')}`);
        if (extra.length) say(`  listed beyond the design: ${extra.join(', ')}`);
      }
    }
  }
  if (r.screenshot) say(`  screenshot: ${r.screenshot}`);
}

async function extensionPages(context: BrowserContext): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = { popup: null, options: null };
  const id = await extensionId(context);
  if (!id) {
    say(
      '\nThe extension did not start (no service worker within 10 s): no popup or options screenshots.',
    );
    return out;
  }
  for (const [name, file, size] of [
    ['popup', 'popup.html', { width: 420, height: 640 }],
    ['options', 'options.html', { width: 1100, height: 900 }],
  ] as const) {
    const page = await context.newPage();
    try {
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${id}/${file}`, { waitUntil: 'load', timeout: 15_000 });
      await page.waitForTimeout(800);
      const path = join(OUT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      out[name] = path;
      say(`${name}: ${path}`);
    } catch (e) {
      say(`${name}: could not take a screenshot (${(e as Error).message.split('\n')[0]})`);
    } finally {
      await page.close().catch(() => {});
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

async function headless(base: string): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  let context: BrowserContext;
  try {
    context = await launch(true);
  } catch (e) {
    say(`\nChromium could not start (${CHROMIUM}): ${(e as Error).message.split('\n')[0]}`);
    say("Set CHROMIUM_PATH, or install Debian's chromium. Nothing was checked.");
    return;
  }
  try {
    const id = await extensionId(context);
    say(
      id
        ? `Extension loaded (id ${id}).`
        : "The extension's service worker did not show up; checking the pages anyway.",
    );
    const results: PageResult[] = [];
    let interrupted = false;
    const stop = () => {
      interrupted = true;
      say('\nStopping…');
      void context.close().catch(() => {});
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    for (const demo of DEMO_PAGES) {
      if (interrupted) return;
      const r = await checkPage(context, base, demo);
      if (interrupted) return;
      report(r);
      results.push(r);
    }
    if (interrupted) return;
    say('');
    await caseworkShots(context, base, OUT_DIR, say);
    await liveAppShots(context, base, resolve('docs/screenshots'), say);
    await teachShot(context, base, OUT_DIR, say);
    if (id) await addExampleCases(context, id, say);
    if (id) await foundShot(context, id, OUT_DIR, say);
    const shots = await extensionPages(context);
    writeFileSync(
      join(OUT_DIR, 'findings.json'),
      `${JSON.stringify({ demo: base, pages: results, extensionPages: shots }, null, 2)}\n`,
    );
    const mosaic = results.filter((r) => r.kind);
    const ready = mosaic.filter((r) => r.sidebar === 'ready').length;
    const stray = results.filter((r) => !r.kind && r.sidebar !== 'absent').length;
    say('');
    say(
      `Summary: the sidebar was ready on ${ready} of ${mosaic.length} Mosaic pages${stray ? `; it appeared on ${stray} ordinary page(s)` : ''}.`,
    );
    say(`Screenshots and findings.json are in ${OUT_DIR}/`);
  } finally {
    await context.close().catch(() => {});
  }
}

async function headed(base: string, close: () => void): Promise<void> {
  let context: BrowserContext;
  try {
    context = await launch(false);
  } catch (e) {
    say(`\nChromium could not start (${CHROMIUM}): ${(e as Error).message.split('\n')[0]}`);
    say(`The demo pages are still served at ${base}/ until you press Ctrl+C.`);
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
    return;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/index.html`).catch(() => {});
  say(`\nDemo Mosaic is open in Chromium: ${base}/index.html`);
  say('Close the browser or press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
    context.once('close', () => done());
  });
  await context.close().catch(() => {});
  close();
}

async function main(): Promise<void> {
  build();
  const { url, close } = await serve();
  say(`Demo Mosaic served on ${url}/`);
  const display = !!process.env.DISPLAY && !process.env.CI && process.env.DEMO_HEADLESS !== '1';
  try {
    if (display) await headed(url, close);
    else await headless(url);
  } catch (e) {
    say(`\nThe demo stopped early: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    close();
  }
  process.exit(0);
}

void main();
