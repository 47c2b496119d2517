/**
 * Accessibility of the sidebar (axe-core, within our element only), and keyboard-only use.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, sidebar } from './fixtures';

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).include('mosaic-companion').analyze();
  // axe looked inside the shadow root (its targets there are paths through the host).
  expect(result.passes.some((p) => p.nodes.some((n) => Array.isArray(n.target[0])))).toBe(true);
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

for (const file of [
  'conversation-blank.html',
  'conversation-complete.html',
  'conversation-inconsistent.html',
  'person-summary-problems.html',
]) {
  test(`axe finds no violations in the sidebar on ${file}`, async ({ page, demo }) => {
    await page.goto(demo(file));
    await expect(sidebar(page)).toHaveAttribute('data-state', 'ready');
    await expect(sidebar(page).locator('[data-testid="mc-summary"]')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test('axe finds no violations in the finish dialog or the collapsed tab', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-inconsistent.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.locator('mosaic-companion [data-testid="mc-finish-guard"]')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await bar.getByRole('button', { name: 'Collapse the sidebar' }).click();
  await expect(bar.getByRole('button', { name: /^Mosaic Companion/ })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('the sidebar is a named landmark with headings and lists', async ({ page, demo }) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('complementary', { name: 'Mosaic Companion' })).toHaveCount(1);
  await expect(bar.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(bar.locator('[data-testid="mc-summary"]').getByRole('list').first()).toBeVisible();
  // Each finding is a button whose name is its message; its severity is said in words.
  const first = bar.locator('[data-rule-id]').first();
  await expect(first).toHaveRole('button');
  await expect(first).toHaveAccessibleDescription(/^(Error|Warning|Advice)/);
});

test('keyboard only: Tab reaches the findings, focus is visible, and Enter goes to the question', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const target = bar.locator('[data-rule-id="s1.adults-cared-for-missing"]');
  // Tab from the page's last control into the sidebar, then on to the finding.
  await page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea');
    all[all.length - 1].focus();
  });
  for (let i = 0; i < 200; i++) {
    if (await target.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  const outline = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, shadow: s.boxShadow, outline: s.outlineStyle };
  });
  expect(outline.bg === 'rgb(255, 221, 0)' || outline.outline !== 'none').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('No. of adults being cared for')).toBeFocused();
});

test('the finish dialog keeps focus inside it while open', async ({ page, demo }) => {
  await page.goto(demo('conversation-blank.html'));
  await expect(sidebar(page)).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'Finish', exact: true }).focus();
  await page.keyboard.press('Enter');
  const guard = page.locator('mosaic-companion [data-testid="mc-finish-guard"]');
  await expect(guard.getByRole('heading')).toBeFocused();
  const back = guard.getByRole('button', { name: 'Go back and fix' });
  const anyway = guard.getByRole('button', { name: 'Finish anyway' });
  await page.keyboard.press('Tab');
  await expect(back).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(anyway).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(back).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(anyway).toBeFocused();
  // Enter on "Finish anyway" lets the page's Finish happen.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();
});

test('with reduced motion the highlight does not animate', async ({ page, demo }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(demo('conversation-blank.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await bar.locator('[data-rule-id="s1.adults-cared-for-missing"]').click();
  const flash = page.locator('mosaic-companion .mc-flash');
  await expect(flash).toHaveCount(1);
  expect(await flash.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('in forced colours (Windows high contrast) focus is still shown by an outline', async ({
  page,
  demo,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(demo('conversation-blank.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  const link = bar.locator('[data-rule-id]').first();
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const style = await link.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
  });
  expect(style.style).toBe('solid');
  expect(style.width).toBe('3px');
  expect(style.color).not.toBe('rgba(0, 0, 0, 0)');
});
