/**
 * "Found in Mosaic" in the checklist, with the demo build: casework steps opened untracked are
 * listed; Track adds the case (with the step's date of allocation, or the one date asked for) and
 * takes the row away; Dismiss takes it away and opening the step again the same day does not bring
 * it back. Driven by the keyboard in the checklist, and checked with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, sidebar, test } from './fixtures';

const STEPS = [
  { page: 'casework/ras-assessment.html', personId: '3300202', kind: 'ras' },
  { page: 'casework/carers-assessment.html', personId: '3300303', kind: 'carers-assessment' },
  { page: 'casework/reablement-assessment.html', personId: '3300101', kind: 'reablement' },
] as const;

/** Presses Tab until the focused element's text starts with `name`. */
async function tabTo(page: Page, name: string) {
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let i = 0; i < 60 && !(await focusedText()).startsWith(name); i++)
    await page.keyboard.press('Tab');
  expect(await focusedText()).toMatch(new RegExp(`^${name}`));
}

test('steps opened untracked are found in the checklist; Track and Dismiss by keyboard', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  for (const step of STEPS) {
    await page.goto(demo(step.page));
    await expect(sidebar(page)).toHaveAttribute('data-person-id', step.personId);
    await expect(
      sidebar(page).locator('[data-testid="mc-case-panel"][data-tracked="false"]'),
    ).toHaveCount(1);
  }

  const list = await context.newPage();
  await list.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = (s: (typeof STEPS)[number]) =>
    list.locator(`[data-testid="mc-found"][data-person-id="${s.personId}"][data-kind="${s.kind}"]`);
  const [ras, carers, reablement] = STEPS;
  await expect(list.locator('[data-testid="mc-found"]')).toHaveCount(3);
  await expect(row(ras)).toContainText('Date of allocation: 24 Nov 2026');
  await expect(row(carers).getByLabel('Date it was allocated')).toBeVisible();
  // The add-case form's labels (contract.md) still name one control each.
  await expect(list.getByLabel('Date of allocation')).toHaveCount(1);
  await expect(list.getByLabel('Allocated on')).toHaveCount(0);
  const axe = await new AxeBuilder({ page: list }).include('main').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Track with the date the step showed: the case is added and the row goes.
  await list.locator('#mc-checklist-title').focus();
  await tabTo(list, 'Track RAS assessment for Bella Sample');
  await list.keyboard.press('Enter');
  await expect(
    list.locator(`[data-testid="mc-case"][data-person-id="${ras.personId}"][data-kind="ras"]`),
  ).toHaveCount(1);
  await expect(row(ras)).toHaveCount(0);
  await expect(list.getByRole('status')).toHaveText(
    'Added to your checklist: RAS assessment for Bella Sample.',
  );

  // No date shown on the step: Track asks for it, then adds the case with it.
  await tabTo(list, "Track Carer's assessment for Carl Trial");
  await list.keyboard.press('Enter');
  const date = row(carers).getByLabel('Date it was allocated');
  await expect(row(carers)).toContainText('Error: Enter the date it was allocated');
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await date.fill('2026-11-25');
  await list.keyboard.press('Enter'); // submits the row's form
  const carersCase = list.locator(
    `[data-testid="mc-case"][data-person-id="${carers.personId}"][data-kind="carers-assessment"]`,
  );
  await expect(carersCase).toHaveCount(1);
  await expect(row(carers)).toHaveCount(0);

  // Dismiss: the row goes, and opening the step again today does not bring it back.
  await tabTo(list, 'Dismiss Reablement assessment for Arthur Example');
  await list.keyboard.press('Enter');
  await expect(row(reablement)).toHaveCount(0);
  await expect(list.getByRole('status')).toContainText('It is not offered again for 14 days.');
  await expect(list.locator('[data-testid="mc-found-list"]')).toHaveCount(0);

  await page.bringToFront();
  await page.goto(demo(reablement.page));
  await expect(sidebar(page)).toHaveAttribute('data-person-id', reablement.personId);
  await list.reload();
  await expect(carersCase).toHaveCount(1);
  await expect(list.locator('[data-testid="mc-found"]')).toHaveCount(0);
});
