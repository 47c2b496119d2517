/**
 * The sidebar out of the way: collapse and expand (remembered across pages), docking, the
 * keyboard shortcut, narrow windows and Mosaic's small step-editor window.
 */
import { test, expect, sidebar, serviceWorker } from './fixtures';

const PAGE = 'conversation-blank.html';

test('collapses to a slim tab, stays collapsed on the next page, and expands again', async ({
  page,
  demo,
}) => {
  await page.goto(demo(PAGE));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const collapse = bar.getByRole('button', { name: 'Collapse the sidebar' });
  await collapse.focus();
  await page.keyboard.press('Enter');
  const tab = bar.getByRole('button', { name: /^Mosaic Companion/ });
  await expect(tab).toHaveAttribute('aria-expanded', 'false');
  await expect(
    bar.getByRole('heading', { name: /There is a problem|No problems found/ }),
  ).toHaveCount(0);

  await page.reload();
  await expect(sidebar(page)).toHaveAttribute('data-state', 'ready');
  const again = sidebar(page).getByRole('button', { name: /^Mosaic Companion/ });
  await expect(again).toHaveAttribute('aria-expanded', 'false');
  await again.click();
  await expect(sidebar(page).getByRole('button', { name: 'Collapse the sidebar' })).toBeVisible();
});

test('docks on the left or the right, remembered', async ({ page, demo }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(demo(PAGE));
  const panel = sidebar(page);
  await expect(panel).toHaveAttribute('data-state', 'ready');
  const right = await panel.boundingBox();
  expect(right!.x).toBeGreaterThan(800);
  await panel.getByRole('button', { name: 'Move the sidebar to the left' }).click();
  await expect.poll(async () => (await panel.boundingBox())!.x).toBeLessThan(100);
  await page.reload();
  await expect(sidebar(page)).toHaveAttribute('data-state', 'ready');
  await expect.poll(async () => (await sidebar(page).boundingBox())!.x).toBeLessThan(100);
  await sidebar(page).getByRole('button', { name: 'Move the sidebar to the right' }).click();
  await expect.poll(async () => (await sidebar(page).boundingBox())!.x).toBeGreaterThan(800);
});

test('the keyboard shortcut hides and shows it', async ({ page, demo, context }) => {
  await page.goto(demo(PAGE));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(bar).toBeVisible();
  const worker = await serviceWorker(context);
  // The command as Chromium delivers it: the background passes it on to the active tab.
  const sendCommand = (times = 1) =>
    worker.evaluate(async (times) => {
      type Tabs = {
        query(q: object): Promise<Array<{ id?: number }>>;
        sendMessage(id: number, msg: unknown): Promise<unknown>;
      };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      for (let i = 0; i < times; i++) await tabs.sendMessage(tab.id!, { type: 'toggle-sidebar' });
    }, times);
  await page.bringToFront();
  await sendCommand();
  await expect(bar).toBeHidden();
  await sendCommand();
  await expect(bar).toBeVisible();
  // Shown on request, the sidebar takes the worker to its heading.
  await expect(bar.getByRole('heading', { name: /^Mosaic Companion/ })).toBeFocused();
  // Pressed twice in quick succession: hidden, then shown again.
  await sendCommand(2);
  await expect(bar.getByRole('heading', { name: /^Mosaic Companion/ })).toBeFocused();
  await expect(bar).toBeVisible();
});

test('the sidebar ignores a toggle that does not come from the extension', async ({
  page,
  demo,
}) => {
  await page.goto(demo(PAGE));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await page.evaluate(() => window.postMessage({ type: 'toggle-sidebar' }, '*'));
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('toggle-sidebar')));
  await expect(bar).toBeVisible();
});

test('in a narrow window (or at 200% zoom) it becomes a bottom sheet', async ({ page, demo }) => {
  await page.setViewportSize({ width: 640, height: 700 });
  await page.goto(demo(PAGE));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const box = (await bar.boundingBox())!;
  expect(box.width).toBeGreaterThan(600);
  expect(box.y + box.height).toBeGreaterThan(690);
  expect(box.height).toBeLessThanOrEqual(351);
  // The findings can still be reached and used by keyboard.
  const first = bar.locator('[data-rule-id]').first();
  await first.focus();
  await expect(first).toBeFocused();
});

test("in Mosaic's 800 × 600 step editor it is narrower and the page stays usable beside it", async ({
  page,
  demo,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(demo(PAGE));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const box = (await bar.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(300);
  expect(box.height).toBeLessThanOrEqual(600);
  // Collapsed, it leaves the page's Finish button free.
  await bar.getByRole('button', { name: 'Collapse the sidebar' }).click();
  const finish = page.getByRole('button', { name: 'Finish', exact: true });
  await finish.scrollIntoViewIfNeeded();
  const f = (await finish.boundingBox())!;
  const tab = (await bar.boundingBox())!;
  const overlaps =
    f.x < tab.x + tab.width &&
    tab.x < f.x + f.width &&
    f.y < tab.y + tab.height &&
    tab.y < f.y + f.height;
  expect(overlaps).toBe(false);
});
