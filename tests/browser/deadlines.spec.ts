/**
 * The deadline checklist and the toolbar badge, in Chromium with the demo build: cases added
 * through the form (with past dates), their due dates and statuses, the badge read in the
 * service worker, bad input, keyboard use and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Holidays from 'date-holidays';
import { todayInLondon } from '../../lib/dates';
import { expect, serviceWorker, test } from './fixtures';

const RED = [0xb3, 0x26, 0x1e, 255];
const AMBER = [0xa3, 0x52, 0x00, 255];

/**
 * Working days counted here on their own, straight from the maintained source (date-holidays,
 * GB-ENG, public and bank holidays), to check the extension's dates against.
 */
const cal = (() => {
  const holidays = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  const shift = (date: string, days: number) => {
    const d = new Date(`${date}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const isWorkingDay = (date: string) => {
    const day = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (day === 0 || day === 6) return false;
    return !(holidays.isHoliday(new Date(`${date}T12:00:00Z`)) || []).some(
      (h) => h.type === 'public' || h.type === 'bank',
    );
  };
  const addWorkingDays = (date: string, n: number) => {
    let d = date;
    for (let left = Math.abs(n); left > 0;) {
      d = shift(d, Math.sign(n));
      if (isWorkingDay(d)) left -= 1;
    }
    return d;
  };
  const workingDaysBetween = (from: string, to: string) => {
    let count = 0;
    for (let d = shift(from, 1); d <= to; d = shift(d, 1)) if (isWorkingDay(d)) count += 1;
    return count;
  };
  return { addWorkingDays, workingDaysBetween };
})();

/** The badge, read in the service worker; a stopped worker is woken by a message from the page. */
async function badge(
  context: BrowserContext,
  page: Page,
): Promise<{ text: string; color: number[] }> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  let worker = running;
  if (!worker) {
    const started = serviceWorker(context);
    await page.evaluate(() =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (globalThis as any).chrome.runtime.sendMessage({ type: 'get-settings' }),
    );
    worker = await started;
  }
  return worker.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const action = (globalThis as any).chrome.action;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
  });
}

async function openChecklist(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Deadlines', level: 1 })).toBeVisible();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
}

async function addCase(
  page: Page,
  fields: {
    id: string;
    name: string;
    type: string;
    allocated?: string;
    homeVisit?: string;
    reviewDate?: string;
  },
) {
  await page.getByLabel('Mosaic ID').fill(fields.id);
  await page.getByLabel('Name', { exact: true }).fill(fields.name);
  await page.getByLabel('Case type').selectOption({ label: fields.type });
  if (fields.allocated) await page.getByLabel('Date of allocation').fill(fields.allocated);
  if (fields.homeVisit) await page.getByLabel('Date of home visit').fill(fields.homeVisit);
  if (fields.reviewDate) await page.getByLabel('Review date').fill(fields.reviewDate);
  await page.getByRole('button', { name: 'Add case' }).click();
  // The form is cleared once the case is saved: wait for that before typing the next one.
  await expect(caseOf(page, fields.id)).toHaveCount(1);
}

const caseOf = (page: Page, personId: string) =>
  page.locator(`[data-testid="mc-case"][data-person-id="${personId}"]`);
const taskOf = (page: Page, personId: string, task: string) =>
  caseOf(page, personId).locator(`[data-testid="mc-task"][data-task="${task}"]`);

test('cases added with past dates show their due dates and statuses, and the badge follows', async ({
  page,
  context,
  extensionId,
}) => {
  const today = todayInLondon();
  const allocated = cal.addWorkingDays(today, -10);
  await openChecklist(page, extensionId);
  await expect(page.getByRole('heading', { name: 'No open cases' })).toBeVisible();
  await expect.poll(async () => (await badge(context, page)).text).toBe('');

  await addCase(page, {
    id: '1001',
    name: 'Ann Example',
    type: 'Reablement assessment',
    allocated,
  });
  const ann = caseOf(page, '1001');
  await expect(ann).toHaveAttribute('data-kind', 'reablement');
  await expect(ann).toHaveAttribute('data-status', 'overdue');
  const due = cal.addWorkingDays(allocated, 2);
  await expect(ann).toContainText(`${cal.workingDaysBetween(due, today)} working days overdue`);
  await expect(page.getByRole('status')).toHaveText(
    'Added a Reablement assessment case for Ann Example.',
  );
  await expect.poll(() => badge(context, page)).toEqual({ text: '1', color: RED });

  await ann.getByRole('button', { expanded: false }).click();
  await expect(ann.getByRole('button', { expanded: true })).toBeVisible();
  const contact = taskOf(page, '1001', 'initial-contact');
  await expect(contact).toHaveAttribute('data-due', cal.addWorkingDays(allocated, 2));
  await expect(contact).toHaveAttribute('data-status', 'overdue');
  await expect(taskOf(page, '1001', 'check-front-page')).toHaveAttribute(
    'data-due',
    cal.addWorkingDays(allocated, 2),
  );
  await expect(taskOf(page, '1001', 'record-assessment')).toHaveAttribute('data-status', 'waiting');
  await expect(taskOf(page, '1001', 'record-assessment')).toHaveAttribute('data-due', '');

  // The home visit was on the last working day: the assessment is due 3 working days after it.
  const visit = cal.addWorkingDays(today, -1);
  await ann.getByLabel('Home visit on').fill(visit);
  await ann.getByRole('button', { name: 'Save dates' }).click();
  await expect(taskOf(page, '1001', 'record-assessment')).toHaveAttribute(
    'data-due',
    cal.addWorkingDays(visit, 3),
  );

  // A Carers Review due today: amber while nothing else is overdue.
  await addCase(page, { id: '1002', name: 'Bea Carer', type: 'Carers Review', reviewDate: today });
  await expect(caseOf(page, '1002')).toHaveAttribute('data-status', 'due-today');
  await expect(caseOf(page, '1002')).toHaveAttribute('data-kind', 'carers-review');
  await expect(
    page.getByRole('region', { name: /Due today/ }).locator('[data-testid="mc-case"]'),
  ).toHaveCount(1);

  // Tick the two overdue tasks: Ann's case is no longer overdue and the badge turns amber.
  const contactBox = contact.getByRole('checkbox', { name: /^Make initial contact/ });
  await contactBox.check();
  await expect(contact).toHaveAttribute('data-status', 'done');
  await expect(contact).toContainText('done on');
  await expect.poll(() => badge(context, page)).toEqual({ text: '1', color: RED });
  await taskOf(page, '1001', 'check-front-page')
    .getByRole('checkbox', { name: /^Check the resident's front page/ })
    .check();
  await expect(taskOf(page, '1001', 'check-front-page')).toHaveAttribute('data-status', 'done');
  const assessmentDue = cal.addWorkingDays(visit, 3);
  await expect(ann).toHaveAttribute(
    'data-status',
    assessmentDue <= cal.addWorkingDays(today, 2) ? 'due-soon' : 'upcoming',
  );
  await expect.poll(() => badge(context, page)).toEqual({ text: '1', color: AMBER });

  // Close the review: nothing due today either, and the case moves to the closed group.
  await caseOf(page, '1002').getByRole('button', { expanded: false }).click();
  await caseOf(page, '1002').getByRole('button', { name: 'Close case' }).click();
  await expect(caseOf(page, '1002')).toHaveAttribute('data-status', 'done');
  await expect(page.locator('details.mc-group-closed [data-person-id="1002"]')).toHaveCount(1);
  await expect.poll(async () => (await badge(context, page)).text).toBe('');

  // What was saved is what a fresh checklist reads back.
  await page.reload();
  await expect(caseOf(page, '1001')).toHaveCount(1);
  await expect(caseOf(page, '1002')).toHaveAttribute('data-status', 'done');
});

test('bad input shows an error summary and inline messages, and saves nothing', async ({
  page,
  extensionId,
}) => {
  await openChecklist(page, extensionId);
  await page.getByRole('button', { name: 'Add case' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the Mosaic ID.');
  await expect(summary).toContainText('Choose a case type');
  await expect(page.getByLabel('Mosaic ID')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Mosaic ID').fill('12ab');
  await page.getByLabel('Name', { exact: true }).fill('Cy Example');
  await page.getByLabel('Case type').selectOption({ label: "Carer's assessment" });
  await page.getByRole('button', { name: 'Add case' }).click();
  await expect(summary).toContainText('The Mosaic ID must be digits only');
  await expect(summary).toContainText('Enter the date of allocation.');
  await summary.getByRole('link', { name: /Mosaic ID/ }).click();
  await expect(page.getByLabel('Mosaic ID')).toBeFocused();
  await expect(page.locator('[data-testid="mc-case"]')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'No open cases' })).toBeVisible();
  await expect(page.locator('[data-testid="mc-case"]')).toHaveCount(0);
});

test('a bad import file is refused with the row and the problem, and nothing changes', async ({
  page,
  extensionId,
}) => {
  await openChecklist(page, extensionId);
  await addCase(page, {
    id: '1001',
    name: 'Ann Example',
    type: 'RAS assessment',
    allocated: cal.addWorkingDays(todayInLondon(), -1),
  });
  await expect(caseOf(page, '1001')).toHaveCount(1);
  await page.getByLabel('Import cases from a file').setInputFiles({
    name: 'cases.csv',
    mimeType: 'text/csv',
    // Row 3 has a Mosaic ID with letters in it; row 2 is good but must not be imported either.
    buffer: Buffer.from(
      'Mosaic ID,Name,Case type,Date of allocation\n1002,Bea Carer,ras,2026-01-05\n12ab,Cy Example,ras,2026-01-05\n',
    ),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
  await expect(alert).toContainText('“cases.csv” was not imported');
  await expect(alert).toContainText('Nothing was changed');
  await expect(alert.getByRole('listitem')).toHaveCount(1);
  await expect(alert.getByRole('listitem')).toContainText(/Row 3.*Mosaic ID/);
  await expect(page.locator('[data-testid="mc-case"]')).toHaveCount(1);
});

test('keyboard only: add a case and tick a task, with visible focus', async ({
  page,
  extensionId,
}) => {
  await openChecklist(page, extensionId);
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  async function tabTo(id: string, key = 'Tab') {
    for (let i = 0; i < 60 && (await focusedId()) !== id; i++) await page.keyboard.press(key);
    expect(await focusedId()).toBe(id);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
  }

  const allocated = cal.addWorkingDays(todayInLondon(), -5);
  await tabTo('mc-add-personId');
  await page.keyboard.type('2204451');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dee Carer');
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('mc-add-kind');
  await page.keyboard.press('ArrowDown'); // the first case type: Reablement assessment
  await expect(page.getByLabel('Case type')).toHaveValue('reablement');
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('mc-add-allocated');
  // Type the date in the order this browser's date field shows its parts.
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(2000, 10, 30))
      .filter((p) => p.type !== 'literal')
      .map((p) => p.type),
  );
  const [y, m, d] = allocated.split('-');
  const parts: Record<string, string> = { year: y, month: m, day: d };
  for (const part of order) await page.keyboard.type(parts[part]);
  await expect(page.getByLabel('Date of allocation')).toHaveValue(allocated);
  await tabTo('mc-add-submit');
  await page.keyboard.press('Enter');

  const dee = caseOf(page, '2204451');
  await expect(dee).toHaveAttribute('data-status', 'overdue');
  const toggle = await dee.getByRole('button', { expanded: false }).getAttribute('id');
  await tabTo(toggle!, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(dee.getByRole('button', { expanded: true })).toBeFocused();
  await page.keyboard.press('Tab');
  const box = taskOf(page, '2204451', 'initial-contact').getByRole('checkbox');
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(taskOf(page, '2204451', 'initial-contact')).toHaveAttribute('data-status', 'done');
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
});

test('the checklist has no axe violations, empty and filled, and fits the popup width', async ({
  page,
  extensionId,
}) => {
  await page.setViewportSize({ width: 380, height: 600 });
  await openChecklist(page, extensionId);
  const empty = await new AxeBuilder({ page }).analyze();
  expect(
    empty.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  const today = todayInLondon();
  await addCase(page, {
    id: '1001',
    name: 'Ann Example',
    type: 'Reablement assessment',
    allocated: cal.addWorkingDays(today, -10),
  });
  await addCase(page, { id: '1002', name: 'Bea Carer', type: 'Carers Review', reviewDate: today });
  await addCase(page, {
    id: '1003',
    name: 'Cy Example',
    type: "Carer's assessment",
    allocated: today,
  });
  await caseOf(page, '1001').getByRole('button', { expanded: false }).click();
  await caseOf(page, '1002').getByRole('button', { expanded: false }).click();
  await caseOf(page, '1002').getByRole('button', { name: 'Close case' }).click();
  await page.locator('details.mc-group-closed summary').click();
  await page.getByRole('button', { name: 'Add case' }).click(); // the error summary too
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  const filled = await new AxeBuilder({ page }).analyze();
  expect(
    filled.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  // Nothing wider than the popup: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
});

test('a Carers Review recorded through the background appears once in an open checklist', async ({
  page,
  context,
  extensionId,
}) => {
  await openChecklist(page, extensionId);
  await expect(page.getByRole('link', { name: 'Open in a tab' })).toHaveCount(0); // already in a tab
  const today = todayInLondon();
  const send = (message: object) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
  const review = {
    type: 'record-review',
    personId: '2204451',
    name: 'Dee Carer',
    scheduledDate: today,
    finishedOn: today,
  };
  expect(await send(review)).toMatchObject({ created: true, reviewDate: today });
  expect(await send(review)).toMatchObject({ created: false });
  expect(await send({ type: 'has-waiting-review', personId: '2204451' })).toEqual({
    waiting: true,
  });

  const dee = caseOf(page, '2204451');
  await expect(dee).toHaveAttribute('data-kind', 'carers-review');
  await expect(dee).toHaveAttribute('data-status', 'due-today');
  await expect(page.locator('[data-testid="mc-case"]')).toHaveCount(1);
  await dee.getByRole('button', { expanded: false }).click();
  await expect(taskOf(page, '2204451', 'carers-review')).toHaveAttribute('data-due', today);
  await expect.poll(() => badge(context, page)).toEqual({ text: '1', color: AMBER });
});

test('a JSON backup saved from the checklist can be imported again', async ({
  page,
  extensionId,
}) => {
  await openChecklist(page, extensionId);
  const allocated = cal.addWorkingDays(todayInLondon(), -3);
  await addCase(page, { id: '1001', name: 'Ann Example', type: 'RAS assessment', allocated });
  await expect(caseOf(page, '1001')).toHaveCount(1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`mosaic-companion-cases-${todayInLondon()}.json`);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('"1001"');

  await caseOf(page, '1001').getByRole('button', { expanded: false }).click();
  await caseOf(page, '1001').getByRole('button', { name: 'Delete case' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(caseOf(page, '1001')).toHaveCount(0);

  await page.getByLabel('Import cases from a file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByRole('status')).toHaveText('Imported 1 case from “backup.json”.');
  await expect(caseOf(page, '1001')).toHaveAttribute('data-kind', 'ras');
});
