/**
 * Bad files chosen in the browser, with the demo build: a 50 MB file in the checklist's import and
 * in the options page's settings import (refused by its size before it is read), and, through the
 * checklist's file input, a backup from a newer version and CSV files with a missing column and a
 * repeated row. Each is refused with a message naming the problem, and nothing stored changes:
 * the IndexedDB rows and the stored settings are compared before and after.
 * (tests/browser/deadlines.spec.ts covers a CSV row with a bad Mosaic ID.)
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { todayInLondon } from '../../lib/dates';
import { expect, test } from './fixtures';

// The extension's own API, inside page.evaluate.
declare const chrome: typeof browser;

/** Shown as 50 MB. */
const FIFTY_MB = 50 * 1024 * 1024 - 1;

/**
 * A 50 MB file on disk, `text` at its start and spaces after it, for a file input to be given by
 * its path: the browser reads it from disk, nothing large crosses the browser protocol.
 */
function fiftyMegabyteFile(name: string, text: string): string {
  const big = Buffer.alloc(FIFTY_MB, ' ');
  big.write(text, 0, 'utf8');
  const path = test.info().outputPath(name);
  writeFileSync(path, big);
  return path;
}

const goodCase = {
  id: 'from-file',
  personId: '1002',
  name: 'Bea Carer',
  kind: 'ras',
  allocated: '2026-01-05',
  homeVisit: null,
  serviceStart: null,
  ongoingCare: null,
  oneOffPayment: false,
  reviewDate: null,
  done: {},
  closedOn: null,
  createdOn: '2026-01-05',
  nextDue: null,
};

/** Every row of the case store, read straight from IndexedDB. */
async function storedRows(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('mosaic-companion-cases');
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('cases').objectStore('cases').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

test('the checklist refuses a 50 MB file, a newer backup and bad CSV files, and its cases stay as they were', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  await page.getByLabel('Mosaic ID').fill('1001');
  await page.getByLabel('Name', { exact: true }).fill('Ann Example');
  await page.getByLabel('Case type').selectOption({ label: 'RAS assessment' });
  await page.getByLabel('Date of allocation').fill(todayInLondon());
  await page.getByRole('button', { name: 'Add case' }).click();
  const listed = page.locator('[data-testid="mc-case"]');
  await expect(listed).toHaveCount(1);
  const before = await storedRows(page);
  expect(before).toHaveLength(1);

  const input = page.getByLabel('Import cases from a file');
  const refusal = page.getByRole('alert').filter({ hasText: 'was not imported' });
  const choose = async (name: string, mimeType: string, buffer: Buffer) => {
    await input.setInputFiles({ name, mimeType, buffer });
    await expect(refusal).toContainText(`“${name}” was not imported`);
    await expect(refusal).toContainText('Nothing was changed');
  };

  // A good backup of a new case, padded with spaces to 50 MB: only its size is wrong. The message
  // is the one of the size check on the chosen file (parsing would say "larger than 10 MB").
  const backup = JSON.stringify({
    format: 'mosaic-companion-cases',
    version: 1,
    exportedOn: '2026-01-05',
    cases: [goodCase],
  });
  await input.setInputFiles(fiftyMegabyteFile('big.json', backup));
  await expect(refusal).toContainText('“big.json” was not imported');
  await expect(refusal).toContainText('Nothing was changed');
  await expect(refusal.getByRole('listitem')).toHaveText([
    'The file is 50 MB; files of up to 10 MB can be imported. Nothing was imported.',
  ]);

  const newer = {
    format: 'mosaic-companion-cases',
    version: 2,
    exportedOn: '2026-01-05',
    cases: [goodCase],
  };
  await choose('newer.json', 'application/json', Buffer.from(JSON.stringify(newer)));
  await expect(refusal.getByRole('listitem')).toHaveText([
    /^The backup was written by a newer version of Mosaic Companion \(file version 2; this version reads up to 1\)\. Update the extension/,
  ]);

  await choose(
    'no-type.csv',
    'text/csv',
    Buffer.from('Mosaic ID,Name,Date of allocation\n1002,Bea Carer,2026-01-05\n'),
  );
  await expect(refusal.getByRole('listitem')).toHaveText([
    'The file has no "kind" column. The first row must name the columns (see the list in the guide).',
  ]);

  const twice =
    'Mosaic ID,Name,Case type,Date of allocation\n1002,Bea Carer,ras,2026-01-05\n1002,Bea Carer,ras,2026-01-05\n';
  await choose('twice.csv', 'text/csv', Buffer.from(twice));
  await expect(refusal.getByRole('listitem')).toHaveText([
    /^Row 3\b.*repeats row 2 \(the same Mosaic ID, case type and dates\)\.$/,
  ]);

  await expect(listed).toHaveCount(1);
  await expect(page.locator('[data-testid="mc-case"][data-person-id="1001"]')).toHaveCount(1);
  expect(await storedRows(page)).toEqual(before);
  await page.reload();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  await expect(listed).toHaveCount(1);
  expect(await storedRows(page)).toEqual(before);
});

test('the options page refuses a 50 MB settings file, and the settings stay as they were', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('mc-settings')).toBeVisible();
  const retention = page.getByLabel('Days to keep closed cases');
  const status = page.getByTestId('mc-settings-status');
  await retention.fill('45');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(status).toHaveText('Settings saved.');
  const stored = () => page.evaluate(() => chrome.storage.local.get('settings'));
  const effective = () => page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-settings' }));
  const before = { stored: await stored(), effective: await effective() };
  expect(before.effective).toMatchObject({ retentionDays: 45 });

  // A good settings file asking for 30 days, padded with spaces to 50 MB: only its size is wrong.
  // The message is the one of the size check on the chosen file (parsing gives no size).
  const file = JSON.stringify({
    format: 'mosaic-companion-settings',
    version: 1,
    settings: { retentionDays: 30 },
  });
  await page
    .getByLabel('Import settings from a file')
    .setInputFiles(fiftyMegabyteFile('big.json', file));
  await expect(status).toHaveText(
    'The file is 50 MB; a settings file is at most 1 MB. Nothing was changed.',
  );

  await expect(retention).toHaveValue('45');
  await expect(page.getByText('You have changes that are not saved yet.')).toHaveCount(0);
  expect({ stored: await stored(), effective: await effective() }).toEqual(before);
  await page.reload();
  await expect(page.getByLabel('Days to keep closed cases')).toHaveValue('45');
});
