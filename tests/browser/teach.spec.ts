/**
 * Teaching the sidebar a question it cannot find, by pointing at it (contract.md: [data-action="teach"],
 * data-mode="teach"; docs/label-overrides.md), on the Carers Conversation whose GP question is worded
 * "Is your GP aware that you are a carer?" (tests/demo/variants.ts).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, sidebar } from './fixtures';

const PAGE = 'conversation-reworded.html';
const QUESTION = 'Is your GP aware that you are a carer?';

const GP_FINDING = '[data-rule-id="page.field-not-found"][data-field="gpKnows"]';

function gpFinding(page: Page) {
  return sidebar(page).locator(GP_FINDING);
}

function teachButton(page: Page) {
  return sidebar(page)
    .locator('li')
    .filter({ has: page.locator(GP_FINDING) })
    .locator('[data-action="teach"]');
}

const banner = (page: Page) => sidebar(page).getByTestId('mc-teach-banner');
const result = (page: Page) => sidebar(page).getByTestId('mc-teach-result');

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).include('mosaic-companion').analyze();
  return r.violations.map((v) => `${v.id}: ${v.help}`);
}

test('teaching by pointing: a page button is not pressed, Esc changes nothing, a click on the question teaches it, Undo forgets it', async ({
  page,
  demo,
}) => {
  await page.goto(demo(PAGE));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(gpFinding(page)).toBeVisible();
  await expect(teachButton(page)).toHaveText('Show me where it is');

  // teach mode: a banner that says what to do, announced, and no axe violation
  await teachButton(page).click();
  await expect(bar).toHaveAttribute('data-mode', 'teach');
  await expect(banner(page)).toHaveRole('status');
  await expect(banner(page)).toContainText('Esc');
  await expect(banner(page)).toBeFocused();
  expect(await axe(page)).toEqual([]);

  // the pointer's element is outlined in our own layer
  await page.getByText(QUESTION).hover();
  await expect(page.locator('mosaic-companion [data-testid="mc-teach-outline"]')).toBeVisible();

  // a click on a Mosaic button is taken, not passed on: the page says nothing was saved
  const status = page.locator('.tb-status');
  await expect(status).toHaveText('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(result(page)).toContainText('Nothing was kept');
  await expect(bar).not.toHaveAttribute('data-mode', 'teach');
  await expect(status).toHaveText('');
  await expect(gpFinding(page)).toBeVisible();

  // Esc leaves and changes nothing; focus goes back to the button
  await teachButton(page).click();
  await expect(bar).toHaveAttribute('data-mode', 'teach');
  await page.keyboard.press('Escape');
  await expect(bar).not.toHaveAttribute('data-mode', 'teach');
  await expect(teachButton(page)).toBeFocused();
  await expect(gpFinding(page)).toBeVisible();

  // collapsing the sidebar leaves teach mode: the page is never held without its banner
  await teachButton(page).click();
  await expect(bar).toHaveAttribute('data-mode', 'teach');
  await bar.getByRole('button', { name: 'Collapse the sidebar' }).click();
  await expect(bar).not.toHaveAttribute('data-mode', 'teach');
  await bar.getByRole('button', { name: /^Mosaic Companion/ }).click();
  await expect(gpFinding(page)).toBeVisible();

  // a click on the question teaches it: the page is read again and the finding goes
  await teachButton(page).click();
  await page.getByText(QUESTION).click();
  await expect(result(page)).toContainText(`Learnt: ‘${QUESTION}’ is the question for`);
  await expect(result(page)).toHaveRole('status');
  await expect(bar).not.toHaveAttribute('data-mode', 'teach');
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(gpFinding(page)).toHaveCount(0);
  await expect(status).toHaveText('');

  // Undo forgets it: the finding is back
  await result(page).getByRole('button', { name: 'Undo' }).click();
  await expect(result(page)).toContainText('Undone');
  await expect(gpFinding(page)).toBeVisible();
});

test('teaching by keyboard alone, kept after a reload, listed in the options page with its policy file', async ({
  page,
  demo,
  extensionId,
}) => {
  await page.goto(demo(PAGE));
  const bar = sidebar(page);
  await expect(gpFinding(page)).toBeVisible();

  await teachButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(bar).toHaveAttribute('data-mode', 'teach');
  await expect(banner(page)).toBeFocused();
  // Tab goes through the page's unclaimed question texts, saying which one is outlined
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    await expect(banner(page)).toContainText(/Question \d+ of \d+/);
    if ((await banner(page).textContent())?.includes(QUESTION)) break;
  }
  await expect(banner(page)).toContainText(QUESTION);
  await expect(page.locator('mosaic-companion [data-testid="mc-teach-outline"]')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(result(page)).toContainText('Learnt');
  await expect(result(page)).toBeFocused();
  await expect(gpFinding(page)).toHaveCount(0);

  await page.reload();
  await expect(bar).toHaveAttribute('data-state', 'ready');
  // the complete Conversation, now read in full: nothing to report
  await expect(bar.getByRole('heading', { name: 'No problems found' })).toBeVisible();
  await expect(bar).toHaveAttribute('data-warnings', '0');
  await expect(gpFinding(page)).toHaveCount(0);

  // the options page lists it, gives the policy file, and removes it
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const taught = page.getByTestId('mc-taught-labels');
  const row = taught.getByTestId('mc-taught-label');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(QUESTION);
  await expect(row).toContainText('Carers Conversation');
  const optionsAxe = await new AxeBuilder({ page })
    .include('[data-testid="mc-taught-labels"]')
    .analyze();
  expect(optionsAxe.violations.map((v) => v.id)).toEqual([]);
  const download = page.waitForEvent('download');
  await taught.getByRole('button', { name: 'Save as policy file' }).click();
  const file = await download;
  const path = await file.path();
  expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
    labelOverrides: { gpKnows: [QUESTION] },
  });
  await row.getByRole('button', { name: /^Remove/ }).click();
  await expect(taught.getByRole('status')).toContainText('Removed');
  await expect(row).toHaveCount(0);
});
