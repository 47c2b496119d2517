/**
 * No network: every request made during a whole demo session is recorded (the browser context's
 * requests, which in Chromium include the service worker's, plus CDP Network on each web page
 * for the initiator of every request), and none may come from the extension: no http(s) or ws(s)
 * request from the service worker, the checklist or the options page, and none started by a
 * chrome-extension:// script in a Mosaic page (the content scripts). The demo pages' own requests
 * to 127.0.0.1 are theirs, not ours. Two control requests, one from the service worker and one
 * from an extension page, show that the recording sees what it must refuse.
 */
import type { BrowserContext, CDPSession, Page, Request } from '@playwright/test';
import { DEMO_URL, expect, serviceWorker, sidebar, test } from './fixtures';

const NETWORK = /^(https?|wss?):/i;
const CONTROL = '__network-control__';

interface Seen {
  url: string;
  from: string;
}

function recordContext(context: BrowserContext, extensionId: string) {
  const ours: Seen[] = [];
  const pageOwn: Seen[] = [];
  const onRequest = (r: Request) => {
    const url = r.url();
    if (!NETWORK.test(url)) return;
    const worker = r.serviceWorker();
    let from: string;
    try {
      from = worker ? worker.url() : r.frame().url();
    } catch {
      from = 'unknown';
    }
    const fromExtension =
      from.startsWith(`chrome-extension://${extensionId}/`) || from === 'unknown';
    (fromExtension ? ours : pageOwn).push({ url, from });
  };
  context.on('request', onRequest);
  return { ours, pageOwn };
}

/** Requests a web page's frame made with a chrome-extension:// script anywhere in their initiator. */
async function recordInitiators(
  page: Page,
  into: Seen[],
  counter: { events: number },
): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  type Frame = { url: string };
  type Stack = { callFrames: Frame[]; parent?: Stack };
  const frames = (s: Stack | undefined): Frame[] =>
    s ? [...s.callFrames, ...frames(s.parent)] : [];
  cdp.on('Network.requestWillBeSent', (e) => {
    counter.events += 1;
    const urls = [
      e.initiator.url ?? '',
      ...frames(e.initiator.stack as Stack | undefined).map((f) => f.url),
    ];
    if (NETWORK.test(e.request.url) && urls.some((u) => u.startsWith('chrome-extension://')))
      into.push({ url: e.request.url, from: urls.join(' ') });
  });
  cdp.on('Network.webSocketCreated', (e) => {
    const urls = frames(e.initiator?.stack as Stack | undefined).map((f) => f.url);
    if (urls.some((u) => u.startsWith('chrome-extension://')))
      into.push({ url: e.url, from: urls.join(' ') });
  });
  return cdp;
}

async function ready(page: Page) {
  await expect(sidebar(page)).toHaveAttribute('data-state', 'ready');
}

test('a whole demo session makes no network request from the extension', async ({
  context,
  extensionId,
}) => {
  const { ours, pageOwn } = recordContext(context, extensionId);
  const fromContentScripts: Seen[] = [];
  const cdpSeen = { events: 0 };

  // Control: a request from the service worker is seen and counted as ours.
  const worker = await serviceWorker(context);
  await worker.evaluate(
    (url) =>
      fetch(url).then(
        () => null,
        () => null,
      ),
    `${DEMO_URL}/index.html?${CONTROL}=worker`,
  );
  await expect.poll(() => ours.filter((r) => r.url.includes(`${CONTROL}=worker`)).length).toBe(1);

  // A Mosaic page: type, and finish a complete step (a Carers Review is recorded).
  const page = await context.newPage();
  await recordInitiators(page, fromContentScripts, cdpSeen);
  await page.goto(`${DEMO_URL}/conversation-blank.html`);
  await ready(page);
  await page.getByLabel('No. of adults being cared for').fill('1');
  await expect(sidebar(page).locator('[data-rule-id="s1.adults-cared-for-missing"]')).toHaveCount(
    0,
  );
  await page.goto(`${DEMO_URL}/conversation-complete.html`);
  await ready(page);
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();
  await page.goto(`${DEMO_URL}/review-blank.html`);
  await ready(page);
  await page.goto(`${DEMO_URL}/person-summary.html`);
  await ready(page);
  await page.goto(`${DEMO_URL}/news-carers-conversation-tips.html`);
  await expect(page.locator('h1')).toBeVisible();

  // The checklist: the recorded review is there; add a case and tick a task.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('main')).toHaveAttribute('aria-busy', 'false');
  await expect(popup.locator('[data-testid="mc-case"][data-person-id="2204451"]')).toHaveCount(1);
  await popup.getByLabel('Mosaic ID').fill('1001');
  await popup.getByLabel('Name', { exact: true }).fill('Ann Example');
  await popup.getByLabel('Case type').selectOption({ label: 'RAS assessment' });
  await popup.getByLabel('Date of allocation').fill('2026-11-02');
  await popup.getByRole('button', { name: 'Add case' }).click();
  const ann = popup.locator('[data-testid="mc-case"][data-person-id="1001"]');
  await expect(ann).toHaveCount(1);
  await ann.getByRole('button', { expanded: false }).click();
  await ann.locator('[data-testid="mc-task"]').first().getByRole('checkbox').check();
  await expect(ann.locator('[data-testid="mc-task"]').first()).toHaveAttribute(
    'data-status',
    'done',
  );

  // Control: a request from an extension page is seen and counted as ours.
  await popup.evaluate(
    (url) =>
      fetch(url).then(
        () => null,
        () => null,
      ),
    `${DEMO_URL}/index.html?${CONTROL}=popup`,
  );
  await expect.poll(() => ours.filter((r) => r.url.includes(`${CONTROL}=popup`)).length).toBe(1);

  // The options page: change a setting and save.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('mc-settings')).toBeVisible();
  await options.getByLabel('Days to keep closed cases').fill('120');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('mc-settings-status')).toHaveText('Settings saved.');

  // Back to a Mosaic page, which re-checks with the new settings.
  await page.goto(`${DEMO_URL}/conversation-inconsistent.html`);
  await ready(page);

  // The recording worked: the demo pages' own requests were seen.
  expect(pageOwn.filter((r) => r.url.startsWith(DEMO_URL)).length).toBeGreaterThan(10);
  expect(cdpSeen.events).toBeGreaterThan(10);
  // Requests seen from the extension: only the two controls.
  expect(ours.filter((r) => !r.url.includes(CONTROL))).toEqual([]);
  expect(fromContentScripts).toEqual([]);
  // Nothing of the pages' own went anywhere but the demo server.
  expect(pageOwn.filter((r) => !r.url.startsWith(DEMO_URL))).toEqual([]);
  // and only for the site's own files (a content script's request would be something else).
  expect(
    pageOwn.filter(
      (r) => !/^\/(?:[\w-]+\.(?:html|css|js|svg)|favicon\.ico)?$/.test(new URL(r.url).pathname),
    ),
  ).toEqual([]);
});
