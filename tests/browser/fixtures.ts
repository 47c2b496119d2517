/**
 * Playwright fixtures: Debian's Chromium with the demo build of the extension loaded, and the demo
 * Mosaic server. The extension's service worker is fetched afresh when needed, since Chromium may
 * stop it after about 30 s idle.
 */
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.MC_EXTENSION_DIR ?? '.output/chrome-mv3-demo');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_URL = process.env.DEMO_URL ?? `http://127.0.0.1:${process.env.DEMO_PORT ?? 4173}`;

/** Chromium's flags for this machine's closed network, shared by the tests, the demo and the benchmark. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The flags that load an unpacked extension, and only that one. */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...CHROMIUM_ARGS,
  ];
}

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  userDataDir = '',
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: extensionArgs(extensionDir),
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
  });
}

/**
 * The extension's service worker's running status as CDP reports it, through a session on `page`,
 * and a way to stop it (`ServiceWorker.stopAllWorkers`). Resolves once the worker is running.
 */
export async function workerStatuses(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions)
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`))
        statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => statuses.at(-1)).toBe('running');
  return { statuses, stopAll: () => cdp.send('ServiceWorker.stopAllWorkers') };
}

/** The sidebar's root inside the open shadow root of <mosaic-companion>. */
export function sidebar(page: Page) {
  return page.locator('mosaic-companion [data-testid="mc-sidebar"]');
}

export const test = base.extend<{
  context: BrowserContext;
  extensionId: string;
  demo: (path: string) => string;
}>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorker(context);
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  // eslint-disable-next-line no-empty-pattern
  demo: async ({}, use) => {
    await use((path: string) => `${DEMO_URL}/${path.replace(/^\//, '')}`);
  },
});

export { expect };
