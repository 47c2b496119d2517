/**
 * The two browsers of the benchmark: one persistent context with the extension loaded and one
 * without, otherwise launched with the same flags as the browser tests (tests/browser/fixtures.ts).
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, launchWithExtension, serviceWorker } from '../browser/fixtures';

export interface Browsers {
  with: BrowserContext;
  without: BrowserContext;
  extensionId: string;
  /** Requests the pages of the browser with the extension made to anywhere but 127.0.0.1 or the extension itself. */
  offHost: string[];
  /** The extension's service worker, fetched afresh (Chromium stops it after ~30 s idle). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchBoth(extensionDir: string): Promise<Browsers> {
  const dirs = await Promise.all([
    mkdtemp(join(tmpdir(), 'mc-bench-with-')),
    mkdtemp(join(tmpdir(), 'mc-bench-without-')),
  ]);
  const withExt = await launchWithExtension(extensionDir, dirs[0]);
  const without = await chromium.launchPersistentContext(dirs[1], {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const first = await serviceWorker(withExt);
  const extensionId = new URL(first.url()).host;
  const offHost: string[] = [];
  withExt.on('request', (r) => {
    const u = new URL(r.url());
    if (
      u.hostname !== '127.0.0.1' &&
      u.protocol !== 'chrome-extension:' &&
      u.protocol !== 'data:' &&
      u.protocol !== 'blob:' &&
      u.href !== 'about:blank'
    )
      offHost.push(r.url());
  });
  return {
    with: withExt,
    without,
    extensionId,
    offHost,
    worker: () => serviceWorker(withExt),
    async close() {
      await Promise.allSettled([withExt.close(), without.close()]);
      await Promise.allSettled(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}
