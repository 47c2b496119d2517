/**
 * Settings and least privilege, with the test build (`npm run build:test`, .output/chrome-mv3-test):
 * it holds host permission for 127.0.0.1 and localhost but has no static content script, so the
 * sidebar appears only where the options page has registered the Mosaic address. Its background
 * reads the organisation's policy from storage.local `__testManagedPolicy` instead of the managed
 * area, which a test cannot set.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  launchWithExtension,
  serviceWorker,
  sidebar,
  workerStatuses,
  DEMO_URL,
} from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';

// The extension's own API, inside page.evaluate / worker.evaluate.
declare const chrome: typeof browser;

const TEST_BUILD = resolve('.output/chrome-mv3-test');
const EXAMPLE = [
  [0, 0, 0, 0],
  [0, 150, 300, 450],
  [0, 300, 600, 750],
  [0, 450, 750, 900],
];
const OTHER_ORIGIN = DEMO_URL.replace('127.0.0.1', 'localhost');

const test = base.extend<{ context: BrowserContext; options: () => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension(TEST_BUILD);
    await use(context);
    await context.close();
  },
  options: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByTestId('mc-settings')).toBeVisible();
      return page;
    });
  },
});

async function registeredMatches(context: BrowserContext): Promise<string[]> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => {
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return scripts.flatMap((s: { matches?: string[] }) => s.matches ?? []);
  });
}

async function effectiveSettings(
  page: Page,
): Promise<{ retentionDays: number; budgetTable: number[][] }> {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-settings' }));
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('mc-settings-status')).toHaveText('Settings saved.');
}

test('the test build runs on no site until a Mosaic address is set, then only there', async ({
  context,
  options,
  page,
  demo,
}) => {
  expect(await registeredMatches(context)).toEqual([]);

  const settings = await options();
  await settings.getByLabel('Mosaic addresses').fill(`${DEMO_URL}/some/page`);
  await save(settings);
  await expect(settings.getByLabel('Mosaic addresses')).toHaveValue(DEMO_URL);
  await expect.poll(() => registeredMatches(context)).toEqual([`${DEMO_URL}/*`]);
  await expect(settings.locator(`[data-address="${DEMO_URL}"]`)).toHaveAttribute(
    'data-granted',
    'true',
  );

  await page.goto(demo('smoke.html'));
  await expect(sidebar(page)).toHaveAttribute('data-page-kind', 'carers-conversation');

  // Same page, another origin: the detector is not registered there.
  const other = await context.newPage();
  await other.goto(`${OTHER_ORIGIN}/smoke.html`);
  await other.waitForLoadState('load');
  await expect(other.getByRole('heading').first()).toBeVisible();
  await expect(other.locator('mosaic-companion')).toHaveCount(0);

  // Removing the address unregisters the detector.
  await settings.getByLabel('Mosaic addresses').fill('');
  await save(settings);
  await expect.poll(() => registeredMatches(context)).toEqual([]);
  await page.reload();
  await page.waitForLoadState('load');
  await expect(page.locator('mosaic-companion')).toHaveCount(0);
});

test('a wrong address gets a plain message and nothing is saved', async ({ context, options }) => {
  const settings = await options();
  const field = settings.getByLabel('Mosaic addresses');
  await field.fill('http://mosaic.council.gov.uk');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  const summary = settings.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  const link = summary.getByRole('link', { name: /must be reached over https/ });
  await expect(link).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.locator('#mc-setting-mosaicAddresses-error')).toContainText('https://');
  await link.click();
  await expect(field).toBeFocused();
  expect(await registeredMatches(context)).toEqual([]);
  const stored = await (
    await serviceWorker(context)
  ).evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings ?? {}).toEqual({});
});

test('changing the budget table changes the suggested budget', async ({ options }) => {
  const settings = await options();
  expect((await effectiveSettings(settings)).budgetTable[2][2]).toBe(600);
  await expect(
    settings.getByText(/only an example until your council enters its own/),
  ).toBeVisible();
  const cell = settings.getByLabel(
    /^Level 2 \(Moderate\), impact 2 \(a significant impact on wellbeing\)/,
  );
  await expect(cell).toHaveValue('600');
  await cell.fill('725.50');
  await settings.getByLabel('These are our council’s own amounts (not the example)').check();
  await save(settings);
  const effective = await effectiveSettings(settings);
  expect(effective.budgetTable[2][2]).toBe(725.5);
  expect(effective.budgetTable[2][3]).toBe(750);
  await expect(settings.getByText(/These are marked as your council’s own amounts/)).toBeVisible();
});

test('the sidebar’s suggested budget follows the council’s table', async ({
  context,
  options,
  demo,
}) => {
  const settings = await options();
  await settings.getByLabel('Mosaic addresses').fill(DEMO_URL);
  await save(settings);

  const page = await context.newPage();
  await page.goto(demo('conversation-complete.html'));
  const budget = page.locator('mosaic-companion [data-testid="mc-budget"]');
  await expect(budget).toHaveAttribute('data-suggested', /^\d/);
  const before = Number(await budget.getAttribute('data-suggested'));

  // Give every cell its own amount: 1000 + 10 × level + impact.
  for (let level = 0; level < 4; level++) {
    for (let impact = 0; impact < 4; impact++) {
      await settings
        .locator(`#mc-budget-${level}-${impact}`)
        .fill(String(1000 + 10 * level + impact));
    }
  }
  await save(settings);
  await expect(budget).toHaveAttribute('data-suggested', /^1\d\d\d$/);
  const after = Number(await budget.getAttribute('data-suggested'));
  const level = Math.floor((after - 1000) / 10);
  const impact = (after - 1000) % 10;
  expect((await effectiveSettings(settings)).budgetTable[level][impact]).toBe(after);
  // Before the change, the same cell of the shipped example table was suggested.
  expect(before).toBe(EXAMPLE[level][impact]);
});

test('the label preview reports the fields found on an open Mosaic page', async ({
  context,
  options,
  demo,
}) => {
  const settings = await options();
  await settings.getByLabel('Mosaic addresses').fill(DEMO_URL);
  await save(settings);
  const page = await context.newPage();
  await page.goto(demo('conversation-complete.html'));
  await expect(sidebar(page)).toHaveAttribute('data-state', 'ready');
  await settings.bringToFront();
  await settings.getByRole('button', { name: 'Test on this page' }).click();
  await expect(settings.getByTestId('mc-label-preview')).toContainText(
    /On carers-conversation .*: \d+ of \d+ fields found/,
  );
});

test('a setting fixed by the organisation is read-only and wins over the user’s choice', async ({
  context,
  options,
}) => {
  const worker = await serviceWorker(context);
  await worker.evaluate(() =>
    chrome.storage.local.set({
      settings: { retentionDays: 60, initialsOnly: true },
      __testManagedPolicy: {
        retentionDays: 30,
        teams: ['Carers Team North'],
        reminderTime: 'nine',
        mosaicAddresses: ['https://mosaic.example.gov.uk'],
      },
    }),
  );
  const settings = await options();
  const retention = settings.getByLabel('Days to keep closed cases');
  await expect(retention).toHaveValue('30');
  await expect(retention).not.toBeEditable();
  await expect(retention).toHaveAccessibleDescription(/Set by your organisation/);
  await expect(settings.getByLabel('Teams a Carers Review can be passed to')).not.toBeEditable();
  // An address set by policy, not yet allowed: read-only, with a button to allow it.
  await expect(settings.getByLabel('Mosaic addresses')).not.toBeEditable();
  await expect(settings.getByLabel('Mosaic addresses')).toHaveValue(
    'https://mosaic.example.gov.uk',
  );
  await expect(settings.locator('[data-address="https://mosaic.example.gov.uk"]')).toHaveAttribute(
    'data-granted',
    'false',
  );
  await expect(
    settings.getByRole('button', {
      name: 'Allow Mosaic Companion on https://mosaic.example.gov.uk',
    }),
  ).toBeVisible();
  expect(await registeredMatches(context)).toEqual([]);
  // Not fixed: still the user's, and editable.
  await expect(settings.getByLabel('Initials only')).toBeChecked();
  await expect(settings.getByLabel('Reminder time')).toBeEditable();
  // A bad policy value is ignored, and said so.
  await expect(
    settings.getByText('Some of your organisation’s settings could not be used'),
  ).toBeVisible();
  await expect(settings.getByRole('note')).toContainText('Reminder time');

  await settings.getByLabel('Reminder time').fill('08:30');
  await save(settings);
  const effective = await effectiveSettings(settings);
  expect(effective).toMatchObject({
    retentionDays: 30,
    reminderTime: '08:30',
    teams: ['Carers Team North'],
    initialsOnly: true,
  });
  const stored = await worker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).not.toHaveProperty('retentionDays');
  expect(stored.settings).not.toHaveProperty('teams');
});

test('a bad settings file is refused whole; a good one fills the form', async ({ options }) => {
  const settings = await options();
  const input = settings.getByLabel('Import settings from a file');
  const bad = {
    format: 'mosaic-companion-settings',
    version: 1,
    settings: { retentionDays: 45, closureDays: ['2025-02-30'] },
  };
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const status = settings.getByTestId('mc-settings-status');
  await expect(status).toContainText('none of it was imported');
  await expect(status).toContainText('Closure days');
  await expect(settings.getByLabel('Days to keep closed cases')).toHaveValue('90');

  const good = { ...bad, settings: { retentionDays: 45, teams: ['Team One', 'Team Two'] } };
  await input.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await expect(status).toContainText('Settings loaded from good.json');
  await expect(settings.getByLabel('Days to keep closed cases')).toHaveValue('45');
  await expect(settings.getByLabel('Teams a Carers Review can be passed to')).toHaveValue(
    'Team One\nTeam Two',
  );
  expect((await effectiveSettings(settings)).retentionDays).toBe(90);
  await save(settings);
  expect((await effectiveSettings(settings)).retentionDays).toBe(45);
});

test('the label preview says so when no Mosaic page has the sidebar', async ({ options }) => {
  const settings = await options();
  await settings.getByRole('button', { name: 'Test on this page' }).click();
  await expect(settings.getByTestId('mc-label-preview')).toContainText(
    'No Mosaic page with the Mosaic Companion sidebar is open',
  );
});

test('the options page has no axe violations, with and without errors', async ({ options }) => {
  test.setTimeout(120_000);
  const settings = await options();
  await settings.getByText('Show every field').click();
  const first = await new AxeBuilder({ page: settings }).analyze();
  expect(
    first.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await settings.getByLabel('Days to keep closed cases').fill('0');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('There is a problem')).toBeVisible();
  const second = await new AxeBuilder({ page: settings }).analyze();
  expect(
    second.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('when the browser does not give the organisation’s settings, the sidebar still starts, with the last ones it gave', async ({
  context,
  options,
  demo,
  extensionId,
}) => {
  const settings = await options();
  await settings.getByLabel('Mosaic addresses').fill(DEMO_URL);
  await save(settings);
  const worker = await serviceWorker(context);
  await worker.evaluate(() =>
    chrome.storage.local.set({
      __testManagedPolicy: { rules: { 's1.hours-missing': { enabled: false } } },
    }),
  );
  await expect
    .poll(async () => (await effectiveSettings(settings)) as unknown)
    .toMatchObject({ rules: { 's1.hours-missing': { enabled: false } } });

  // The worker is stopped, and when it starts again the policy never comes.
  await worker.evaluate(() => chrome.storage.local.set({ __testManagedPolicy: 'never-answers' }));
  const { statuses, stopAll } = await workerStatuses(context, settings, extensionId);
  await worker.evaluate(() => ((globalThis as { sameWorker?: boolean }).sameWorker = true));
  await stopAll();
  await expect.poll(() => statuses).toContain('stopped');

  const page = await context.newPage();
  await page.goto(demo('conversation-blank.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(bar.locator('[data-rule-id="s1.adults-cared-for-missing"]')).toHaveCount(1);
  // The organisation's switch is kept although the browser did not give it this time.
  await expect(bar.locator('[data-rule-id="s1.hours-missing"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.readyState)).toBe('complete');
  // It was a new worker that answered.
  expect(
    await (
      await serviceWorker(context)
    ).evaluate(() => (globalThis as { sameWorker?: boolean }).sameWorker),
  ).toBeUndefined();
});
