/**
 * `npm run demo`'s casework part: screenshots of the case panel on a casework step (not tracked,
 * then tracked), of the offer after Finish, fictional example cases in every status in the
 * checklist, so that its screenshot shows what it is for, and fictional steps seen untracked in
 * its "Found in Mosaic". The examples are added through the extension's own messages, from its
 * checklist page, with dates counted from today.
 */
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { createCalendar } from '../../lib/calendar';
import { todayInLondon } from '../../lib/dates';

// The extension's own API, inside page.evaluate.
declare const chrome: typeof browser;

type Say = (s?: string) => void;

/** The case panel and the finish offer on the demo's RAS assessment step. */
export async function caseworkShots(
  context: BrowserContext,
  base: string,
  outDir: string,
  say: Say,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/casework/ras-assessment.html`, { waitUntil: 'load' });
    const bar = page.locator('mosaic-companion [data-testid="mc-sidebar"]');
    const panel = bar.locator('[data-testid="mc-case-panel"]');
    await bar.getByRole('button', { name: /^Mosaic Companion/ }).click({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'Track this case' }).waitFor();
    await bar.screenshot({ path: join(outDir, 'case-panel-not-tracked.png') });
    await panel.getByRole('button', { name: 'Track this case' }).click();
    await panel.locator('[data-tracked="true"], [data-task]').first().waitFor();
    await bar.screenshot({ path: join(outDir, 'case-panel.png') });
    await page.getByRole('button', { name: 'Finish' }).click();
    await panel.locator('[data-testid="mc-offer"]').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await page.screenshot({ path: join(outDir, 'finish-offer.png') });
    say(`case panel: ${join(outDir, 'case-panel.png')}`);
    say(`finish offer: ${join(outDir, 'finish-offer.png')}`);
    // Leave the example tracked but not ticked: Not now.
    await panel.getByRole('button', { name: 'Not now' }).click();
  } catch (e) {
    say(`case panel: could not take the screenshots (${(e as Error).message.split('\n')[0]})`);
  } finally {
    await page.close().catch(() => {});
  }
}

interface Example {
  personId: string;
  name: string;
  kind: 'reablement' | 'ras' | 'carers-assessment' | 'carers-review';
  allocated: string;
  tick: string[];
}

/** Fictional cases whose statuses are overdue, due today, due soon, upcoming, waiting and done. */
export function exampleCases(today = todayInLondon()): Example[] {
  const cal = createCalendar();
  const plusDays = (n: number) => {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  return [
    { personId: '9100001', name: 'Olive Example', kind: 'ras', allocated: plusDays(-20), tick: [] },
    {
      personId: '9100002',
      name: 'Tom Example',
      kind: 'carers-assessment',
      allocated: cal.addWorkingDays(today, -2),
      tick: [],
    },
    {
      personId: '9100003',
      name: 'Sam Example',
      kind: 'ras',
      allocated: cal.addWorkingDays(today, -1),
      tick: [],
    },
    { personId: '9100004', name: 'Una Example', kind: 'ras', allocated: plusDays(10), tick: [] },
    {
      personId: '9100005',
      name: 'Wes Example',
      kind: 'reablement',
      allocated: plusDays(-3),
      tick: ['initial-contact', 'check-front-page'],
    },
    {
      personId: '9100006',
      name: 'Dee Example',
      kind: 'carers-review',
      allocated: plusDays(-30),
      tick: ['carers-review'],
    },
  ];
}

/** Adds the example cases from the checklist page (the extension's own messages). */
export async function addExampleCases(
  context: BrowserContext,
  extensionId: string,
  say: Say,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load' });
    const added = await page.evaluate(async (examples) => {
      let n = 0;
      for (const e of examples) {
        const r = (await chrome.runtime.sendMessage({
          type: 'track-step-case',
          personId: e.personId,
          name: e.name,
          kind: e.kind,
          allocated: e.allocated,
        })) as { ok?: boolean; caseId?: string } | null;
        if (!r?.ok || !r.caseId) continue;
        n += 1;
        if (e.tick.length)
          await chrome.runtime.sendMessage({
            type: 'tick-tasks',
            caseId: r.caseId,
            taskIds: e.tick,
            done: true,
          });
      }
      return n;
    }, exampleCases());
    say(`checklist: ${added} fictional example cases added, one in each status`);
  } catch (e) {
    say(`checklist: could not add the example cases (${(e as Error).message.split('\n')[0]})`);
  } finally {
    await page.close().catch(() => {});
  }
}

/** Fictional casework steps opened but not tracked: one showed its date of allocation, one not. */
export const FOUND_EXAMPLES = [
  {
    personId: '9100011',
    name: 'Ivy Example',
    kind: 'reablement',
    stepName: 'Reablement assessment',
    allocated: todayInLondon(),
  },
  {
    personId: '9100012',
    name: 'Rex Example',
    kind: 'carers-assessment',
    stepName: 'Carers assessment',
    allocated: null,
  },
] as const;

/** The checklist's "Found in Mosaic" with the fictional steps seen (the case panel's `step-seen`). */
export async function foundShot(
  context: BrowserContext,
  extensionId: string,
  outDir: string,
  say: Say,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load' });
    await page.evaluate(async (examples) => {
      for (const e of examples) await chrome.runtime.sendMessage({ type: 'step-seen', ...e });
    }, FOUND_EXAMPLES);
    await page.reload({ waitUntil: 'load' });
    const section = page.locator('[data-testid="mc-found-list"]');
    await section.locator('[data-person-id="9100012"]').waitFor({ timeout: 15_000 });
    const path = join(outDir, 'found-in-mosaic.png');
    await section.screenshot({ path });
    say(`found in Mosaic: ${path}`);
  } catch (e) {
    say(`found in Mosaic: could not take the screenshot (${(e as Error).message.split('\n')[0]})`);
  } finally {
    await page.close().catch(() => {});
  }
}
