/**
 * The import of 10,000 cases as a person does it: the extension's JSON backup chosen in the
 * checklist's file input, timed until the checklist says "Imported 10000 cases" (the store's
 * import, the badge refresh and the checklist reloading its list). Context only: the figure of
 * performance.md is the store's import (store.ts). Left out of a quick run.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { info, round, type Figure } from './figures';
import type { Bundle } from './bundles';
import { CASES, workerWithStore } from './store';

export async function measureImportThroughChecklist(
  context: BrowserContext,
  extensionId: string,
  worker: () => Promise<Worker>,
  store: Bundle,
): Promise<Figure> {
  const KEY = 'import.checklist';
  const NAME = 'import 10,000 cases in the checklist';
  if (!store.ok) return info(KEY, NAME, null, 's', `not measurable: ${store.why.slice(0, 160)}`);
  try {
    // The backup of what the store holds now (the 10,000 cases imported above), then an empty store.
    // The worker may have been restarted since: put the store's code back if it is gone.
    const w = await workerWithStore(worker, store);
    const text = await w.evaluate(async () => {
      type S = {
        openCaseDb(): { cases: { toArray(): Promise<unknown[]>; clear(): Promise<void> } };
        io: { exportJson(r: unknown[], d: string): string };
      };
      const S = (globalThis as unknown as { __mcStore: S }).__mcStore;
      const db = S.openCaseDb();
      const rows = await db.cases.toArray();
      const out = S.io.exportJson(
        rows,
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()),
      );
      await db.cases.clear();
      return out;
    });
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const input = page.getByLabel('Import cases from a file');
      await input.waitFor({ state: 'attached', timeout: 20_000 });
      const status = page
        .getByRole('status')
        .filter({ hasText: new RegExp(`Imported ${CASES} cases`) });
      const t0 = performance.now();
      await input.setInputFiles({
        name: 'mosaic-companion-cases.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await status.waitFor({ state: 'visible', timeout: 120_000 });
      const s = (performance.now() - t0) / 1000;
      const shown = await page.locator('[data-testid="mc-case"]').count();
      return info(
        KEY,
        NAME,
        round(s, 3),
        's',
        `file chosen → "Imported ${CASES} cases" shown (store import, badge, list reload); ${shown} cases listed`,
        {
          seconds: s,
          shown,
        },
      );
    } finally {
      await page.close();
    }
  } catch (error) {
    return info(
      KEY,
      NAME,
      null,
      's',
      `not measurable: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  }
}
