/**
 * `npm run demo`'s teaching part: on the Carers Conversation whose GP question is worded
 * differently (tests/demo/variants.ts), the sidebar in teach mode, with the question under the
 * pointer outlined. Saved under demo-output/ and as docs/screenshots/teach-mode.png. Nothing is
 * taught: the demo leaves teach mode with Esc.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { REWORDED_CONVERSATION } from './variants';

type Say = (s?: string) => void;

const DOCS_SHOT = resolve('docs/screenshots/teach-mode.png');

export async function teachShot(
  context: BrowserContext,
  base: string,
  outDir: string,
  say: Say,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/${REWORDED_CONVERSATION.file}`, { waitUntil: 'load' });
    const bar = page.locator('mosaic-companion [data-testid="mc-sidebar"][data-state="ready"]');
    const teach = bar.locator('[data-action="teach"]').first();
    await teach.click({ timeout: 15_000 });
    await bar.locator('[data-testid="mc-teach-banner"]').waitFor();
    const question = page.getByText('Is your GP aware that you are a carer?');
    await question.scrollIntoViewIfNeeded();
    await question.hover();
    await page.locator('mosaic-companion [data-testid="mc-teach-outline"]').waitFor();
    const path = join(outDir, 'teach-mode.png');
    await page.screenshot({ path });
    mkdirSync(resolve('docs/screenshots'), { recursive: true });
    copyFileSync(path, DOCS_SHOT);
    await page.keyboard.press('Escape');
    say(`teach mode: ${path} (and ${DOCS_SHOT})`);
  } catch (e) {
    say(`teach mode: no screenshot (${(e as Error).message.split('\n')[0]})`);
  } finally {
    await page.close().catch(() => {});
  }
}
