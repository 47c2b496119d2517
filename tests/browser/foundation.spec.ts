import { test, expect, sidebar } from './fixtures';

test('the demo build shows the sidebar on a Carers Conversation step', async ({ page, demo }) => {
  await page.goto(demo('smoke.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-page-kind', 'carers-conversation');
  await expect(bar).toHaveAttribute('data-person-id', '2204451');
});

test('no sidebar on a page that is not Mosaic', async ({ page, demo }) => {
  await page.goto(demo('index.html'));
  await page.waitForLoadState('load');
  await expect(page.locator('mosaic-companion')).toHaveCount(0);
});
