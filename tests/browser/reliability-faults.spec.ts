/**
 * Faults in the browser: the service worker stopped part way and woken again, the browser closed
 * and reopened on the same profile, the extension reloaded under an open Mosaic page, two
 * Mosaic windows and two checklists open at once, and a checklist closed straight after a tick.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInLondon } from '../../lib/dates';
import {
  DEMO_URL,
  EXTENSION_DIR,
  expect,
  launchWithExtension,
  serviceWorker,
  sidebar,
  test,
  workerStatuses,
} from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Anything = any;

async function openChecklist(
  context: BrowserContext,
  extensionId: string,
  page?: Page,
): Promise<Page> {
  const p = page ?? (await context.newPage());
  await p.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(p.locator('main')).toHaveAttribute('aria-busy', 'false');
  return p;
}

async function addCase(
  page: Page,
  id: string,
  name: string,
  type: string,
  dates: Record<string, string>,
) {
  await page.getByLabel('Mosaic ID').fill(id);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Case type').selectOption({ label: type });
  for (const [label, value] of Object.entries(dates)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Add case' }).click();
  await expect(page.locator(`[data-testid="mc-case"][data-person-id="${id}"]`)).toHaveCount(1);
}

const send = (page: Page, message: object) =>
  page.evaluate((m) => (globalThis as Anything).chrome.runtime.sendMessage(m), message);

/** The badge text, read in the service worker (woken by a message from the page when stopped). */
async function badgeText(context: BrowserContext, page: Page): Promise<string> {
  let worker: Worker | undefined = context
    .serviceWorkers()
    .find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) {
    const started = serviceWorker(context);
    await send(page, { type: 'get-settings' });
    worker = await started;
  }
  return worker.evaluate(() => (globalThis as Anything).chrome.action.getBadgeText({}));
}

/** The cases the checklist lists, as `personId kind`, sorted. */
async function listed(page: Page): Promise<string[]> {
  const rows = page.locator('[data-testid="mc-case"]');
  const out = await rows.evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-person-id')} ${e.getAttribute('data-kind')}`),
  );
  return out.sort();
}

function daysAgo(n: number): string {
  const d = new Date(`${todayInLondon()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

test('the service worker stopped part way and woken again: the badge and the cases are right', async ({
  context,
  extensionId,
}) => {
  const popup = await openChecklist(context, extensionId);
  // Allocated three weeks ago: overdue whatever today is.
  await addCase(popup, '1001', 'Ann Example', 'RAS assessment', {
    'Date of allocation': daysAgo(21),
  });
  await expect.poll(() => badgeText(context, popup)).toBe('1');

  // The worker's running status, as CDP reports it.
  const { statuses, stopAll } = await workerStatuses(context, popup, extensionId);
  /** Stops the worker and waits until CDP reports it stopped (it may be woken again at once). */
  const stop = async (during?: Promise<unknown>) => {
    const from = statuses.length;
    await (
      await serviceWorker(context)
    ).evaluate(() => ((globalThis as Anything).__sameWorker = true));
    await stopAll();
    await during;
    await expect.poll(() => statuses.slice(from)).toContain('stopped');
  };
  /** The worker now running is a new one (the marker set before the stop is gone). */
  const restarted = async () => {
    await send(popup, { type: 'get-settings' });
    const w =
      context.serviceWorkers().find((x) => x.url().startsWith('chrome-extension://')) ??
      (await serviceWorker(context));
    return w.evaluate(() => (globalThis as Anything).__sameWorker === undefined).catch(() => false);
  };

  // Stop the worker right after a message that writes: the write is either done or not started,
  // and the case store is whole either way.
  const review = {
    type: 'record-review',
    personId: '2204451',
    name: 'Dee Carer',
    scheduledDate: daysAgo(1),
    finishedOn: daysAgo(30),
  };
  await stop(send(popup, review).catch(() => null));
  await expect.poll(restarted).toBe(true);

  // Woken by the next message: the review is recorded exactly once and the badge counts both.
  await send(popup, review);
  expect(await send(popup, { type: 'has-waiting-review', personId: '2204451' })).toEqual({
    waiting: true,
  });
  await expect.poll(() => badgeText(context, popup)).toBe('2');

  // Stopped again with nothing pending, then woken by the checklist itself.
  await stop();
  await openChecklist(context, extensionId, popup);
  expect(await listed(popup)).toEqual(['1001 ras', '2204451 carers-review']);
  await expect.poll(() => badgeText(context, popup)).toBe('2');
});

test('closing and reopening the browser on the same profile keeps every case and the badge', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'mc-profile-'));
  try {
    let context = await launchWithExtension(EXTENSION_DIR, profile);
    const extensionId = new URL((await serviceWorker(context)).url()).host;
    let popup = await openChecklist(context, extensionId);
    await addCase(popup, '1001', 'Ann Example', 'RAS assessment', {
      'Date of allocation': daysAgo(21),
    });
    await addCase(popup, '1002', 'Bea Carer', 'Reablement assessment', {
      'Date of allocation': daysAgo(1),
    });
    await addCase(popup, '1003', 'Cy Carer', 'Carers Review', { 'Review date': daysAgo(-30) });
    const ann = popup.locator('[data-testid="mc-case"][data-person-id="1001"]');
    await ann.getByRole('button', { expanded: false }).click();
    await ann.locator('[data-testid="mc-task"]').first().getByRole('checkbox').check();
    await expect(ann.locator('[data-testid="mc-task"]').first()).toHaveAttribute(
      'data-status',
      'done',
    );
    const before = await listed(popup);
    const badgeBefore = await badgeText(context, popup);
    await context.close();

    context = await launchWithExtension(EXTENSION_DIR, profile);
    popup = await openChecklist(context, extensionId);
    expect(await listed(popup)).toEqual(before);
    expect(before).toHaveLength(3);
    const annAgain = popup.locator('[data-testid="mc-case"][data-person-id="1001"]');
    await annAgain.getByRole('button', { expanded: false }).click();
    await expect(annAgain.locator('[data-testid="mc-task"]').first()).toHaveAttribute(
      'data-status',
      'done',
    );
    await expect.poll(() => badgeText(context, popup)).toBe(badgeBefore);
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('the extension reloaded under an open Mosaic page: the sidebar says to reload, and nothing is thrown into the page', async ({
  page,
  context,
  demo,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The demo server has no favicon: that 404 is the page's own.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  await page.goto(demo('conversation-blank.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(bar.getByTestId('mc-disconnected')).toHaveCount(0);
  const box = page.getByLabel('No. of adults being cared for');
  await box.fill('1');

  const worker = await serviceWorker(context);
  await worker
    .evaluate(() => setTimeout(() => (globalThis as Anything).chrome.runtime.reload(), 10))
    .catch(() => null);

  await expect(bar.getByTestId('mc-disconnected')).toContainText('Reload this page');
  // The worker can keep typing; what they typed is theirs, and the page keeps working.
  await box.fill('12');
  await expect(box).toHaveValue('12');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page
    .locator('mosaic-companion [data-testid="mc-finish-guard"]')
    .getByRole('button', { name: 'Finish anyway' })
    .click();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('two Mosaic windows finishing the same Conversation add one case; ticks from two checklists are both kept', async ({
  context,
  extensionId,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await Promise.all([
    a.goto(`${DEMO_URL}/conversation-complete.html`),
    b.goto(`${DEMO_URL}/conversation-complete.html`),
  ]);
  await Promise.all([
    expect(sidebar(a)).toHaveAttribute('data-state', 'ready'),
    expect(sidebar(b)).toHaveAttribute('data-state', 'ready'),
  ]);
  await Promise.all([
    a.getByRole('button', { name: 'Finish', exact: true }).click(),
    b.getByRole('button', { name: 'Finish', exact: true }).click(),
  ]);
  await expect(a.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();
  await expect(b.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();

  const one = await openChecklist(context, extensionId);
  await expect(
    one.locator('[data-testid="mc-case"][data-person-id="2204451"][data-kind="carers-review"]'),
  ).toHaveCount(1);
  expect(await listed(one)).toEqual(['2204451 carers-review']);

  // Two checklists tick different tasks of the same case: both ticks are kept.
  await addCase(one, '1001', 'Ann Example', 'RAS assessment', { 'Date of allocation': daysAgo(5) });
  const two = await openChecklist(context, extensionId);
  const taskIn = (p: Page, n: number) =>
    p.locator('[data-testid="mc-case"][data-person-id="1001"] [data-testid="mc-task"]').nth(n);
  for (const p of [one, two])
    await p
      .locator('[data-testid="mc-case"][data-person-id="1001"]')
      .getByRole('button', { expanded: false })
      .click();
  await Promise.all([
    taskIn(one, 0).getByRole('checkbox').check(),
    taskIn(two, 1).getByRole('checkbox').check(),
  ]);
  // Each checklist says when its tick is saved, as a worker would see.
  await Promise.all(
    [one, two].map((p) => expect(p.getByRole('status')).toHaveText('Ticked for Ann Example.')),
  );
  await openChecklist(context, extensionId, one);
  await one
    .locator('[data-testid="mc-case"][data-person-id="1001"]')
    .getByRole('button', { expanded: false })
    .click();
  await expect(taskIn(one, 0)).toHaveAttribute('data-status', 'done');
  await expect(taskIn(one, 1)).toHaveAttribute('data-status', 'done');
});

test('a tick or untick is kept when the checklist is closed straight after the click', async ({
  context,
  extensionId,
}) => {
  const first = await openChecklist(context, extensionId);
  await addCase(first, '1001', 'Ann Example', 'RAS assessment', {
    'Date of allocation': daysAgo(5),
  });
  await first.close();
  const task = (p: Page) =>
    p.locator(
      '[data-testid="mc-case"][data-person-id="1001"] [data-testid="mc-task"][data-task="initial-contact"]',
    );
  /** Opens the checklist, clicks the task's box and closes the page at once, as a popup clicked away closes. */
  async function clickAndClose(): Promise<void> {
    const p = await openChecklist(context, extensionId);
    await p
      .locator('[data-testid="mc-case"][data-person-id="1001"]')
      .getByRole('button', { expanded: false })
      .click();
    await task(p)
      .getByRole('checkbox', { name: /^Make initial contact/ })
      .click();
    await p.close();
  }

  await clickAndClose();
  const again = await openChecklist(context, extensionId);
  await again
    .locator('[data-testid="mc-case"][data-person-id="1001"]')
    .getByRole('button', { expanded: false })
    .click();
  await expect(task(again)).toHaveAttribute('data-status', 'done');
  await expect(task(again).getByRole('checkbox')).toBeChecked();
  await again.close();

  await clickAndClose();
  const last = await openChecklist(context, extensionId);
  await last
    .locator('[data-testid="mc-case"][data-person-id="1001"]')
    .getByRole('button', { expanded: false })
    .click();
  await expect(task(last)).not.toHaveAttribute('data-status', 'done');
  await expect(task(last).getByRole('checkbox')).not.toBeChecked();
});
