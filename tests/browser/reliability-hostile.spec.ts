/**
 * Hostile page text: tests/demo/site/hostile-conversation.html is the complete Carers Conversation
 * with markup- and script-like text in the person's name, every text box, text area, radio and
 * tick-box value, option and table cell. Nothing of it may run, in the page's main world or the
 * sidebar's isolated world, and the sidebar and the checklist show it literally.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, sidebar, test } from './fixtures';

const NAME = '<img src=x onerror="window.__pwned=1">';
const HOSTILE = [
  NAME,
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '"><svg onload="window.__pwned=1">',
];

/** Execution contexts of the page's main frame, collected through CDP (the isolated worlds too). */
async function contexts(
  page: Page,
): Promise<{ cdp: CDPSession; worlds: Map<number, { name: string; type: string }> }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, { name: string; type: string }>();
  cdp.on('Runtime.executionContextCreated', (e) => {
    const aux = (e.context.auxData ?? {}) as { type?: string };
    worlds.set(e.context.id, { name: e.context.name, type: aux.type ?? '' });
  });
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  return { cdp, worlds };
}

async function pwnedIn(cdp: CDPSession, contextId: number): Promise<string> {
  const r = await cdp.send('Runtime.evaluate', {
    expression: 'typeof window.__pwned',
    contextId,
    returnByValue: true,
  });
  return r.result.value as string;
}

test('markup and script-like text in every field runs nowhere and is shown literally', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { cdp, worlds } = await contexts(page);
  await page.goto(demo('hostile-conversation.html'));
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(bar).toHaveAttribute('data-person-id', '2204451');

  // The name is shown as the text it is, in the heading.
  await expect(bar.getByRole('heading', { level: 2 }).first()).toContainText(
    `Carers Conversation: ${NAME} (2204451)`,
  );
  // A finding quoting a table cell holds the raw text.
  const costs = bar.locator('[data-rule-id="s3.cost-invalid"]');
  await expect(costs.first()).toBeVisible();
  const quoted = (await costs.allTextContents()).join('\n');
  expect(HOSTILE.some((h) => quoted.includes(h))).toBe(true);

  // Nothing in our shadow root came from the text: no scripts, no handlers, no javascript: links.
  const injected = await page.evaluate(() => {
    const root = document.querySelector('mosaic-companion')!.shadowRoot!;
    const all = Array.from(root.querySelectorAll('*'));
    return {
      scripts: root.querySelectorAll('script').length,
      handlers: all
        .filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name)))
        .map((el) => el.tagName),
      jsLinks: all.filter(
        (el) =>
          /^\s*javascript:/i.test(el.getAttribute('href') ?? '') ||
          /^\s*javascript:/i.test(el.getAttribute('src') ?? ''),
      ).length,
      imgs: Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src')),
    };
  });
  expect(injected).toEqual({
    scripts: 0,
    handlers: [],
    jsLinks: 0,
    imgs: expect.not.arrayContaining(['x']),
  });

  // Type more of it into a text box: it is kept as typed and still runs nowhere.
  const adults = page.getByLabel('No. of adults being cared for');
  await adults.fill(HOSTILE[4]);
  await expect(
    bar
      .locator(
        '[data-rule-id="s1.cared-for-count-mismatch"], [data-rule-id="s1.adults-cared-for-missing"]',
      )
      .first(),
  ).toBeVisible();
  await expect(adults).toHaveValue(HOSTILE[4]);

  // Track the case: the name reaches the checklist as text.
  await bar.getByRole('button', { name: 'Track this case' }).click();
  await bar.getByLabel('Date of allocation').fill('2026-11-02');
  await bar.getByRole('button', { name: 'Track this case' }).click();
  await expect(bar.locator('[data-testid="mc-track"]')).toContainText(`Added to your checklist`);
  await expect(bar.locator('[data-testid="mc-track"]')).toContainText(NAME);

  // Main world and the sidebar's isolated world: the sentinel was never set.
  expect(
    await page.evaluate(() => typeof (window as unknown as { __pwned?: unknown }).__pwned),
  ).toBe('undefined');
  const isolated = [...worlds.entries()].filter(([, w]) => w.type === 'isolated');
  expect(isolated.map(([, w]) => w.name)).toContain('Mosaic Companion');
  for (const [id] of isolated) expect(await pwnedIn(cdp, id)).toBe('undefined');

  const checklist = await context.newPage();
  const popupErrors: string[] = [];
  checklist.on('pageerror', (e) => popupErrors.push(e.message));
  await checklist.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = checklist.locator('[data-testid="mc-case"][data-person-id="2204451"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(NAME);
  expect(await row.locator('img[src="x"], svg[onload], script').count()).toBe(0);
  expect(
    await checklist.evaluate(() => typeof (window as unknown as { __pwned?: unknown }).__pwned),
  ).toBe('undefined');
  await checklist.close();

  expect(errors).toEqual([]);
  expect(popupErrors).toEqual([]);
});
