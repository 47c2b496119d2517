/**
 * Nothing a Mosaic page does can make the extension store, change or delete a case or a setting:
 * window.postMessage with our message shapes, CustomEvents of our message types on the window,
 * the document and <mosaic-companion>, data- attributes set on <mosaic-companion> and on the
 * sidebar's own elements, and chrome.runtime from the page (which it does not have). A step
 * finished properly in the same session is recorded, so the store check could fail.
 *
 * Nor can the page stop our content scripts with WXT's start message, while a newer copy of the
 * sidebar (loaded again, or after the extension was reloaded) still replaces the old one.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { SIDEBAR_SCRIPTS } from '../../entrypoints/sidebar-libraries/names';
import { expect, serviceWorker, sidebar, test } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Anything = any;

const FORGED = [
  {
    type: 'record-review',
    personId: '999001',
    name: 'Forged Review',
    scheduledDate: '2026-12-01',
    finishedOn: '2026-11-20',
  },
  {
    type: 'track-case',
    personId: '999002',
    name: 'Forged Case',
    kind: 'carers-assessment',
    allocated: '2026-11-02',
  },
  { type: 'save-settings', settings: { retentionDays: 1, initialsOnly: true } },
  { type: 'cases-changed' },
  { type: 'delete-case', personId: '2204451' },
];

/** Everything a page script could try, run in the page's main world. */
async function forgeFromPage(page: Page, extensionId: string): Promise<{ chromeRuntime: string }> {
  return page.evaluate(
    ({ forged, extensionId }) => {
      const host = document.querySelector('mosaic-companion');
      const targets: EventTarget[] = [window, document, document.body, ...(host ? [host] : [])];
      for (const m of forged) {
        window.postMessage(m, '*');
        window.postMessage(JSON.stringify(m), '*');
        window.postMessage({ source: 'mosaic-companion', message: m }, '*');
        for (const t of targets) {
          for (const name of [m.type, `mc-${m.type}`, `mosaic-companion:${m.type}`, 'message']) {
            t.dispatchEvent(new CustomEvent(name, { detail: m, bubbles: true, composed: true }));
          }
        }
      }
      if (host) {
        for (const m of forged)
          for (const [k, v] of Object.entries(m))
            host.setAttribute(`data-${k.toLowerCase()}`, String(v));
        const bar = host.shadowRoot?.querySelector('[data-testid="mc-sidebar"]');
        bar?.setAttribute('data-person-id', '999001');
        bar?.setAttribute('data-state', 'ready');
        bar?.setAttribute('data-errors', '0');
      }
      const runtime = (
        globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }
      ).chrome?.runtime;
      if (runtime && typeof runtime.sendMessage === 'function') {
        for (const m of forged) {
          try {
            (runtime.sendMessage as (id: string, m: unknown) => void)(extensionId, m);
          } catch {
            /* refused */
          }
        }
      }
      return {
        chromeRuntime:
          runtime && typeof runtime.sendMessage === 'function' ? 'sendMessage' : 'none',
      };
    },
    { forged: FORGED, extensionId },
  );
}

test('what a page posts, dispatches or sets stores, changes and deletes nothing', async ({
  page,
  context,
  extensionId,
  demo,
}) => {
  // A step finished properly: one Carers Review for 2204451.
  await page.goto(demo('conversation-complete.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();
  await page
    .getByRole('alertdialog', { name: 'Step finished' })
    .getByRole('button', { name: 'OK' })
    .click();

  // The page forges messages: no chrome.runtime to reach us with, and the rest is not listened to.
  expect(await forgeFromPage(page, extensionId)).toEqual({ chromeRuntime: 'none' });
  // The same from a page with no sidebar (the news page), and after the sidebar re-checks.
  const other = await context.newPage();
  await other.goto(demo('news-carers-conversation-tips.html'));
  await forgeFromPage(other, extensionId);
  await other.close();
  // Finishing again after the forged attributes: the person is the page's, not an attribute's
  // (the store below would hold 999001 otherwise), and the review is not recorded twice.
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();

  // The store, read in the service worker: exactly the review finished properly.
  const worker = await serviceWorker(context);
  const rows = await worker.evaluate(
    () =>
      new Promise<Array<{ personId: string; kind: string; name: string }>>((resolve, reject) => {
        const req = indexedDB.open('mosaic-companion-cases');
        req.onsuccess = () => {
          const all = req.result.transaction('cases').objectStore('cases').getAll();
          all.onsuccess = () =>
            resolve(
              all.result.map((r: Anything) => ({
                personId: r.personId,
                kind: r.kind,
                name: r.name,
              })),
            );
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(rows).toEqual([{ personId: '2204451', kind: 'carers-review', name: 'Timothy Guide' }]);
  // No setting was changed.
  const stored = await worker.evaluate(() =>
    (globalThis as Anything).chrome.storage.local.get('settings'),
  );
  expect(stored.settings?.retentionDays).toBeUndefined();
  expect(stored.settings?.initialsOnly).toBeUndefined();

  // And the checklist shows the same.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('main')).toHaveAttribute('aria-busy', 'false');
  await expect(popup.locator('[data-testid="mc-case"]')).toHaveCount(1);
  await expect(popup.locator('[data-testid="mc-case"][data-person-id="2204451"]')).toHaveAttribute(
    'data-kind',
    'carers-review',
  );
});

/**
 * A page that answers every start message of our content scripts (WXT's, posted on the window
 * when a copy starts) by posting its own for both scripts and replaying the one it saw: the
 * detector is answered before it asks for the sidebar, and the sidebar as it starts.
 */
async function answerStartMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __startsSeen: number; __startsForged: number };
    w.__startsSeen = 0;
    w.__startsForged = 0;
    window.addEventListener('message', (event) => {
      const data = event.data as { type?: unknown; forged?: boolean } | null;
      const type = typeof data?.type === 'string' ? data.type : '';
      if (!type.endsWith(':wxt:content-script-started') || data?.forged) return;
      w.__startsSeen++;
      const extension = type.split(':')[0];
      for (const name of ['detector', 'sidebar']) {
        const forged = {
          type: `${extension}:${name}:wxt:content-script-started`,
          contentScriptName: name,
          forged: true,
        };
        window.postMessage({ ...forged, messageId: `forged-${w.__startsForged}` }, '*');
        window.postMessage({ ...forged, messageId: String(Math.random()).slice(2) }, '*');
        w.__startsForged += 2;
      }
      window.postMessage({ ...data, forged: true }, '*');
    });
  });
}

/** Posts WXT's start message of both scripts from the page; resolves once they were dispatched. */
function postStartMessages(page: Page, extensionId: string): Promise<void> {
  return page.evaluate(
    (extensionId) =>
      new Promise<void>((resolve) => {
        for (const name of ['detector', 'sidebar']) {
          const type = `${extensionId}:${name}:wxt:content-script-started`;
          window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
          window.postMessage({ type, contentScriptName: name }, '*');
        }
        // Messages are dispatched in order: once this one is seen, so were the others.
        window.addEventListener('message', (e) => e.data === 'forged-all-sent' && resolve());
        window.postMessage('forged-all-sent', '*');
      }),
    extensionId,
  );
}

/** The sidebar checks again after an edit: the adults finding goes once a number is typed. */
async function expectRechecks(page: Page): Promise<void> {
  const bar = sidebar(page);
  const finding = bar.locator('[data-rule-id="s1.adults-cared-for-missing"]');
  await expect(finding).toHaveCount(1);
  await page.getByLabel('No. of adults being cared for').fill('1');
  await expect(finding).toHaveCount(0);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('mosaic-companion')).toHaveCount(1);
}

/** Loads the sidebar into the page's tab again, as the background does (executeScript). */
async function loadSidebarAgain(worker: Worker, url: string): Promise<void> {
  await worker.evaluate(
    async ({ url, scripts }) => {
      const chrome = (globalThis as Anything).chrome;
      const tabs: Array<{ id: number; url?: string }> = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url)!;
      // Its libraries, then the sidebar, one call each (entrypoints/background/sidebar.ts).
      for (const file of scripts)
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [file] });
    },
    { url, scripts: [...SIDEBAR_SCRIPTS] },
  );
}

async function reloadExtension(context: BrowserContext): Promise<Worker> {
  const old = await serviceWorker(context);
  const next = context.waitForEvent('serviceworker', {
    predicate: (w) => w !== old && w.url().startsWith('chrome-extension://'),
  });
  await old
    .evaluate(() => setTimeout(() => (globalThis as Anything).chrome.runtime.reload(), 10))
    .catch(() => null);
  return next;
}

test('start messages a page posts stop neither the detector nor the sidebar', async ({
  page,
  extensionId,
  demo,
}) => {
  await answerStartMessages(page);
  await page.goto(demo('conversation-blank.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  // The page did answer both scripts' start messages (the detector's and the sidebar's at least).
  const counts = await page.evaluate(() => {
    const w = window as unknown as { __startsSeen: number; __startsForged: number };
    return { seen: w.__startsSeen, forged: w.__startsForged };
  });
  expect(counts.seen).toBeGreaterThanOrEqual(2);
  expect(counts.forged).toBeGreaterThanOrEqual(8);

  // Posted again once the sidebar is running, and the sidebar still checks what is typed.
  await postStartMessages(page, extensionId);
  await expectRechecks(page);
});

test('the sidebar loaded again replaces the one already there', async ({ page, context, demo }) => {
  await page.goto(demo('conversation-blank.html'));
  await expect(sidebar(page)).toHaveAttribute('data-state', 'ready');
  const first = await page.evaluateHandle(() => document.querySelector('mosaic-companion')!);

  await loadSidebarAgain(await serviceWorker(context), page.url());
  await expect.poll(() => first.evaluate((host) => host.isConnected)).toBe(false);
  await expect(sidebar(page)).toHaveAttribute('data-state', 'ready');
  await expectRechecks(page);
});

test('after the extension is reloaded, a newer sidebar replaces the one that can no longer save', async ({
  page,
  context,
  demo,
}) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const first = await page.evaluateHandle(() => document.querySelector('mosaic-companion')!);

  const worker = await reloadExtension(context);
  await expect(bar.getByTestId('mc-disconnected')).toContainText('Reload this page');
  await loadSidebarAgain(worker, page.url());
  await expect.poll(() => first.evaluate((host) => host.isConnected)).toBe(false);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(bar.getByTestId('mc-disconnected')).toHaveCount(0);
  await expectRechecks(page);
});
