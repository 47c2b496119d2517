/**
 * `npm run demo`'s live application part: the demo's application shell (live-app.ts) opened as a
 * worker would use it, moving between views without a page load, and a screenshot of each state
 * saved in docs/screenshots/live-*.png (docs/live-pages.md).
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

type Say = (s?: string) => void;

const SIDEBAR = 'mosaic-companion [data-testid="mc-sidebar"]';
const WAIT = 15_000;

/** Waits for a ready sidebar of `kind`, or for none when `kind` is null. */
async function settled(page: Page, kind: string | null): Promise<void> {
  if (kind === null) {
    await page.locator('mosaic-companion').waitFor({ state: 'detached', timeout: WAIT });
    return;
  }
  await page
    .locator(`${SIDEBAR}[data-page-kind="${kind}"][data-state="ready"]`)
    .waitFor({ timeout: WAIT });
}

export async function liveAppShots(
  context: BrowserContext,
  base: string,
  outDir: string,
  say: Say,
): Promise<void> {
  const page = await context.newPage();
  const shots: string[] = [];
  const shot = async (name: string) => {
    const path = join(outDir, `live-${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };
  try {
    await page.setViewportSize({ width: 1366, height: 800 });
    const panel = page.getByRole('navigation', { name: 'Current Work' });
    const open = async (name: string, kind: string | null, file: string) => {
      await panel.getByRole('link', { name }).first().click();
      await settled(page, kind);
      await shot(file);
    };

    await page.goto(`${base}/app/index.html`, { waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Current Work', level: 1 }).waitFor();
    await shot('work-view');
    await open('Person summary', 'person-summary', 'person-summary');
    await open('Carers Conversation step (incomplete)', 'carers-conversation', 'conversation');
    await open('Carers Review step (incomplete)', 'carers-review', 'review');
    await open('Current Work', null, 'back-to-work-view');
    await page.goBack();
    await settled(page, 'carers-review');
    await shot('back-button');

    await page.goto(`${base}/app/index.html?view=conversation-2204451&late=3000&title=never`);
    await shot('late-loading');
    await settled(page, 'carers-conversation');
    await shot('late-drawn');

    await page.goto(`${base}/app/index.html?frame=1&view=review-2204451`);
    await page
      .frameLocator('iframe.app-frame')
      .locator(`${SIDEBAR}[data-page-kind="carers-review"][data-state="ready"]`)
      .waitFor({ timeout: WAIT });
    await shot('iframe');

    await page.goto(`${base}/app/index.html?widgets=1&view=conversation-2204451`);
    await settled(page, 'carers-conversation');
    await shot('widgets');
  } catch (e) {
    say(`live application: stopped early (${(e as Error).message.split('\n')[0]})`);
  } finally {
    await page.close().catch(() => {});
  }
  say(`live application: ${shots.length} screenshots, ${join(outDir, 'live-*.png')}`);
}
