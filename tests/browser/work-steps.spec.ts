/**
 * Casework steps (page kind `work-step`) and the case panel, with the demo build: tracking from a
 * step, the offers that follow Finish and Save, Undo, two windows, the badge, and the step names
 * setting refused when it is bad.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, serviceWorker, sidebar, test } from './fixtures';

// The extension's own API, inside worker.evaluate.
declare const chrome: typeof browser;

const RAS_ID = '3300202';

function panel(page: Page) {
  return sidebar(page).locator('[data-testid="mc-case-panel"]');
}

async function checklist(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

async function badge(context: BrowserContext) {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  }));
}

/** Presses Tab (or Shift+Tab) until the page's focus is on the element that `is` picks. */
async function tabUntil(page: Page, is: () => boolean, key = 'Tab') {
  for (let i = 0; i < 15; i++) {
    if (await page.evaluate(is)) return;
    await page.keyboard.press(key);
  }
  expect(await page.evaluate(is)).toBe(true);
}

const FOCUS_IN_SIDEBAR_ON = (name: string) =>
  new Function(
    `const a = document.querySelector('mosaic-companion')?.shadowRoot?.activeElement;
     return !!a && a.textContent.trim() === ${JSON.stringify(name)};`,
  ) as () => boolean;

test('a RAS assessment is tracked from its step and finished, by keyboard alone', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  await page.goto(demo('casework/ras-assessment.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-page-kind', 'work-step');
  await expect(bar).toHaveAttribute('data-person-id', RAS_ID);
  await expect(panel(page)).toHaveAttribute('data-case-kind', 'ras');
  await expect(panel(page)).toHaveAttribute('data-tracked', 'false');
  // Nothing overdue or due today (not tracked): a small tab.
  const tab = bar.getByRole('button', { name: /^Mosaic Companion/ });
  await expect(tab).toHaveAttribute('aria-expanded', 'false');

  // Activation 1: open the tab (the last thing on the page). Activation 2: Track this case.
  await page.keyboard.press('Shift+Tab');
  await expect(tab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('Date of allocation: 24 Nov 2026');
  await tabUntil(page, FOCUS_IN_SIDEBAR_ON('Track this case'));
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAttribute('data-tracked', 'true');
  await expect(panel(page)).toContainText(
    'Added to your checklist: RAS assessment for Bella Sample.',
  );
  await expect(panel(page).locator('[data-task="record-assessment"]')).toHaveAttribute(
    'data-status',
    'waiting',
  );
  await expect(panel(page).locator('[data-task="initial-contact"]')).toHaveAttribute(
    'data-due',
    '2026-11-26',
  );

  // Finish, from the page's toolbar.
  await tabUntil(page, () => document.activeElement?.textContent?.trim() === 'Finish');
  await page.keyboard.press('Enter');
  const offer = panel(page).locator('[data-testid="mc-offer"]');
  await expect(offer.locator('li')).toHaveText([
    /^Make initial contact/,
    /^Check the resident's front page/,
    'Record the RAS assessment work step',
  ]);
  // The page's own "Step finished" message has the focus; closing it leaves the page.
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await tabUntil(page, FOCUS_IN_SIDEBAR_ON('Tick as done'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('Ticked in your checklist: Make initial contact');
  await expect(panel(page).locator('[data-task="record-assessment"]')).toHaveCount(0);

  // Undo: the Undo button has the focus.
  await expect(bar.getByRole('button', { name: 'Undo' })).toBeFocused();

  const list = await checklist(context, extensionId);
  const item = list.locator(`[data-testid="mc-case"][data-person-id="${RAS_ID}"][data-kind="ras"]`);
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { expanded: false }).first().click();
  await expect(
    item.locator('[data-testid="mc-task"][data-task="record-assessment"]'),
  ).toHaveAttribute('data-status', 'done');
  await list.close();
  await page.bringToFront();
  await tabUntil(page, FOCUS_IN_SIDEBAR_ON('Undo'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('Undone');
  await expect(panel(page).locator('[data-task="record-assessment"]')).toHaveAttribute(
    'data-status',
    'waiting',
  );

  // Ticked in the checklist: the case panel on the step follows, with no reload.
  const again = await checklist(context, extensionId);
  const row = again.locator(`[data-testid="mc-case"][data-person-id="${RAS_ID}"][data-kind="ras"]`);
  await row.getByRole('button', { expanded: false }).first().click();
  await row
    .locator('[data-testid="mc-task"][data-task="record-assessment"]')
    .getByRole('checkbox')
    .check();
  await expect(panel(page).locator('[data-task="record-assessment"]')).toHaveCount(0);
});

test('two windows of the same step add one case, and finishing in both ticks once', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  await page.goto(demo('casework/ras-assessment.html'));
  // The second as the step editor's own window.
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate(
      (url) => window.open(url, 'step', 'popup,width=900,height=700'),
      demo('casework/ras-assessment.html'),
    ),
  ]);
  for (const p of [page, popup]) {
    await expect(panel(p)).toHaveAttribute('data-tracked', 'false');
    await sidebar(p)
      .getByRole('button', { name: /^Mosaic Companion/ })
      .click();
  }
  for (const p of [page, popup])
    await expect(sidebar(p).getByRole('button', { name: 'Track this case' })).toBeVisible();
  // Both windows ask at once, in one task of the page's (the step's window is its own popup): the
  // background tells every tab of a new case, and neither can have heard of the other's first.
  await page.evaluate(() => {
    for (const win of [window, window.open('', 'step')]) {
      const root = win?.document.querySelector('mosaic-companion')?.shadowRoot;
      const buttons = Array.from(root?.querySelectorAll('button') ?? []);
      const track = buttons.find((b) => b.textContent === 'Track this case');
      if (!track) throw new Error('no Track this case button in one of the windows');
      track.click();
    }
  });
  for (const p of [page, popup]) await expect(panel(p)).toHaveAttribute('data-tracked', 'true');
  const texts = [await panel(page).innerText(), await panel(popup).innerText()].join('\n');
  expect(texts).toContain('Added to your checklist');
  expect(texts).toContain('Already in your checklist');

  const list = await checklist(context, extensionId);
  await expect(list.locator(`[data-testid="mc-case"][data-person-id="${RAS_ID}"]`)).toHaveCount(1);

  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await sidebar(page).getByRole('button', { name: 'Tick as done' }).click();
  await expect(panel(page)).toContainText('Ticked in your checklist');

  // The other window: its Save offers nothing now that the step is recorded.
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('[data-status]').first()).toContainText('Saved');
  await expect(panel(popup).locator('[data-task="record-assessment"]')).toHaveCount(0);
  await expect(panel(popup).locator('[data-testid="mc-offer"]')).toHaveCount(0);
  await list.reload();
  await expect(list.locator(`[data-testid="mc-case"][data-person-id="${RAS_ID}"]`)).toHaveCount(1);
  await list.close();
});

test('a tracked case overdue opens the panel at once, and the badge follows within a minute', async ({
  page,
  demo,
  context,
}) => {
  expect((await badge(context)).text).toBe('');
  await page.goto(demo('casework/ras-assessment.html'));
  await sidebar(page)
    .getByRole('button', { name: /^Mosaic Companion/ })
    .click();
  await sidebar(page).getByRole('button', { name: 'Track this case' }).click();
  await expect(panel(page)).toHaveAttribute('data-tracked', 'true');
  // Allocated 24 Nov 2026: initial contact was due 26 Nov 2026, so it is overdue now.
  await expect
    .poll(() => badge(context), { timeout: 60_000 })
    .toEqual({ text: '1', color: [0xb3, 0x26, 0x1e, 255] });

  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-tracked', 'true');
  await expect(
    sidebar(page).getByRole('heading', { name: /^Deadlines: RAS assessment/ }),
  ).toBeVisible();
  await expect(panel(page).locator('[data-task="initial-contact"]')).toHaveAttribute(
    'data-status',
    'overdue',
  );
});

test('a step with no date stamp asks for the date of allocation, empty to start with', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  await page.goto(demo('casework/carers-assessment.html'));
  await expect(panel(page)).toHaveAttribute('data-case-kind', 'carers-assessment');
  await sidebar(page)
    .getByRole('button', { name: /^Mosaic Companion/ })
    .click();
  await sidebar(page).getByRole('button', { name: 'Track this case' }).click();
  const date = sidebar(page).getByLabel('Date of allocation');
  await expect(date).toHaveValue('');
  await date.fill('2026-11-30');
  await sidebar(page).getByRole('button', { name: 'Track this case' }).click();
  await expect(panel(page)).toHaveAttribute('data-tracked', 'true');
  const list = await checklist(context, extensionId);
  await expect(
    list.locator(
      '[data-testid="mc-case"][data-person-id="3300303"][data-kind="carers-assessment"]',
    ),
  ).toHaveCount(1);
  await list.close();
});

test('Save with a Brokerage next action offers brokerage; Not now ticks nothing', async ({
  page,
  demo,
}) => {
  await page.goto(demo('casework/reablement-assessment.html'));
  await sidebar(page)
    .getByRole('button', { name: /^Mosaic Companion/ })
    .click();
  await expect(panel(page)).toContainText('the step’s Allocated date');
  await sidebar(page).getByRole('button', { name: 'Track this case' }).click();
  await expect(panel(page)).toHaveAttribute('data-tracked', 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  const offer = panel(page).locator('[data-testid="mc-offer"]');
  await expect(offer.locator('li[data-task]')).toHaveCount(4);
  await expect(offer.locator('li[data-task="brokerage"]')).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).include('mosaic-companion').analyze();
  expect(axe.violations).toEqual([]);
  await sidebar(page).getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toHaveCount(0);
  await expect(panel(page).locator('[data-task="brokerage"]')).toHaveAttribute(
    'data-status',
    'waiting',
  );
});

test('finishing a Carers Conversation of a tracked carer’s assessment offers the assessment and plan', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-complete.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(panel(page)).toHaveAttribute('data-case-kind', 'carers-assessment');
  await bar.getByRole('button', { name: 'Track this case' }).click();
  await bar.getByLabel('Date of allocation').fill('2026-11-23');
  await bar.getByRole('button', { name: 'Track this case' }).click();
  await expect(panel(page)).toHaveAttribute('data-tracked', 'true');
  await page.getByRole('button', { name: 'Finish' }).click();
  const offer = panel(page).locator('[data-testid="mc-offer"]');
  await expect(offer.locator('li[data-task="assessment-and-support-plan"]')).toHaveCount(1);
  await expect(offer.locator('li[data-task="record-assessment"]')).toHaveCount(1);
});

test('bad step names are refused with a clear message and nothing is saved', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('mc-settings')).toBeVisible();
  const ras = options.getByLabel('Steps for RAS assessment');
  const stored = async () =>
    (await serviceWorker(context)).evaluate(() => chrome.storage.local.get('settings'));

  await ras.fill('');
  await options.getByRole('button', { name: 'Save settings' }).click();
  const summary = options.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Give at least one step name for RAS assessment.');
  await expect(ras).toHaveAttribute('aria-invalid', 'true');
  expect((await stored()).settings ?? {}).toEqual({});

  await ras.fill('RAS assessment');
  await options.getByLabel('Steps for Carers Review').fill('Carers Review\nras  assessment');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(summary).toContainText(
    '"ras assessment" is a step name of both RAS assessment and Carers Review.',
  );
  await expect(options.getByLabel('Steps for Carers Review')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  expect((await stored()).settings ?? {}).toEqual({});
});

test('the council’s step names decide which steps have a case panel, and of which case type', async ({
  context,
  extensionId,
  page,
  demo,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('mc-settings')).toBeVisible();
  await options.getByLabel('Steps for RAS assessment').fill('Resource allocation assessment');
  await options
    .getByLabel("Steps for Carer's assessment")
    .fill('Carers assessment\nCarers Conversation\nRAS assessment');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('mc-settings-status')).toHaveText('Settings saved.');
  await options.close();

  // The detector's list follows the settings.
  const worker = await serviceWorker(context);
  await expect
    .poll(() =>
      worker.evaluate(async () => {
        const got = await chrome.storage.local.get('steps.detectorList');
        return JSON.stringify(got['steps.detectorList']);
      }),
    )
    .toContain('["ras assessment","carers-assessment"]');

  await page.goto(demo('casework/ras-assessment.html'));
  await expect(panel(page)).toHaveAttribute('data-case-kind', 'carers-assessment');
});
