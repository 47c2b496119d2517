/**
 * Nothing a Mosaic page does can make the extension store, change or delete a case or a setting:
 * window.postMessage with our message shapes, CustomEvents of our message types on the window,
 * the document and <mosaic-companion>, data- attributes set on <mosaic-companion> and on the
 * sidebar's own elements, and chrome.runtime from the page (which it does not have). A step
 * finished properly in the same session is recorded, so the store check could fail.
 */
import type { Page } from '@playwright/test';
import { expect, serviceWorker, sidebar, test } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Anything = any;

const FORGED = [
  { type: 'record-review', personId: '999001', name: 'Forged Review', scheduledDate: '2026-12-01', finishedOn: '2026-11-20' },
  { type: 'track-case', personId: '999002', name: 'Forged Case', kind: 'carers-assessment', allocated: '2026-11-02' },
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
        for (const m of forged) for (const [k, v] of Object.entries(m)) host.setAttribute(`data-${k.toLowerCase()}`, String(v));
        const bar = host.shadowRoot?.querySelector('[data-testid="mc-sidebar"]');
        bar?.setAttribute('data-person-id', '999001');
        bar?.setAttribute('data-state', 'ready');
        bar?.setAttribute('data-errors', '0');
      }
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      if (runtime && typeof runtime.sendMessage === 'function') {
        for (const m of forged) {
          try {
            (runtime.sendMessage as (id: string, m: unknown) => void)(extensionId, m);
          } catch {
            /* refused */
          }
        }
      }
      return { chromeRuntime: runtime && typeof runtime.sendMessage === 'function' ? 'sendMessage' : 'none' };
    },
    { forged: FORGED, extensionId },
  );
}

test('what a page posts, dispatches or sets stores, changes and deletes nothing', async ({ page, context, extensionId, demo }) => {
  // A step finished properly: one Carers Review for 2204451.
  await page.goto(demo('conversation-complete.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();
  await page.getByRole('alertdialog', { name: 'Step finished' }).getByRole('button', { name: 'OK' }).click();

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
          all.onsuccess = () => resolve(all.result.map((r: Anything) => ({ personId: r.personId, kind: r.kind, name: r.name })));
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(rows).toEqual([{ personId: '2204451', kind: 'carers-review', name: 'Timothy Guide' }]);
  // No setting was changed.
  const stored = await worker.evaluate(() => (globalThis as Anything).chrome.storage.local.get('settings'));
  expect(stored.settings?.retentionDays).toBeUndefined();
  expect(stored.settings?.initialsOnly).toBeUndefined();

  // And the checklist shows the same.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('main')).toHaveAttribute('aria-busy', 'false');
  await expect(popup.locator('[data-testid="mc-case"]')).toHaveCount(1);
  await expect(popup.locator('[data-testid="mc-case"][data-person-id="2204451"]')).toHaveAttribute('data-kind', 'carers-review');
});
