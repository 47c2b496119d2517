/**
 * The sidebar on the demo Mosaic pages: live re-checking, going to a problem, the finish guard,
 * recording the Carers Review on finishing, and page text shown only as text.
 */
import type { Page } from '@playwright/test';
import { test, expect, sidebar } from './fixtures';

async function ready(page: Page) {
  const bar = sidebar(page);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  return bar;
}

test('a finding disappears once the fix is typed, and comes back when it is removed', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);
  const finding = bar.locator('[data-rule-id="s1.adults-cared-for-missing"]');
  await expect(finding).toHaveCount(1);
  await expect(finding).toHaveAttribute('data-field', 'adultsCaredFor');
  const errorsBefore = Number(await bar.getAttribute('data-errors'));

  const box = page.getByLabel('No. of adults being cared for');
  await box.click();
  await box.pressSequentially('1');
  // Gone, and checked. How soon is a figure of `npm run bench` (re-check after a keystroke), not
  // of a test: a busy machine must not fail it.
  await expect(finding).toHaveCount(0);
  await expect(bar).toHaveAttribute('data-state', 'ready');
  expect(Number(await bar.getAttribute('data-errors'))).toBe(errorsBefore - 1);
  // What the worker typed is untouched.
  await expect(box).toHaveValue('1');
  // The counts are announced politely once typing stops.
  await expect(page.locator('mosaic-companion [role="status"][aria-live="polite"]')).toContainText(
    `${errorsBefore - 1} errors`,
  );

  // And it comes back when the answer is removed again.
  await box.press('Backspace');
  await expect(finding).toHaveCount(1);
});

test('clicking a finding focuses its control and brings the question into view', async ({
  page,
  demo,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);

  // A radio group far down the form: focus goes to its first radio, its question is in view.
  await bar.locator('[data-rule-id="s3.health-missing"]').click();
  const health = page.getByRole('radiogroup', { name: /mental or physical health deteriorating/ });
  await expect(health.getByRole('radio').first()).toBeFocused();
  await expect(
    page
      .getByText(/Is \(or is there a risk of\) your mental or physical health deteriorating/)
      .first(),
  ).toBeInViewport();

  // A text box, by keyboard.
  const adults = bar.locator('[data-rule-id="s1.adults-cared-for-missing"]');
  await adults.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('No. of adults being cared for')).toBeFocused();
  await expect(page.getByText('No. of adults being cared for').first()).toBeInViewport();
  // The page was only scrolled and focused, not changed.
  await expect(page.getByLabel('No. of adults being cared for')).toHaveValue('');
});

test('a question is not left under a fixed bar of the page when gone to', async ({
  page,
  demo,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);
  // A page whose toolbar stays fixed at the top, as some Mosaic layouts do.
  await page.evaluate(() => {
    const header = document.createElement('div');
    header.setAttribute(
      'style',
      'position:fixed;top:0;left:0;right:0;height:90px;background:#123;z-index:50',
    );
    document.body.prepend(header);
  });
  await bar.locator('[data-rule-id="s3.health-missing"]').click();
  const question = page
    .getByText(/Is \(or is there a risk of\) your mental or physical health deteriorating/)
    .first();
  const box = (await question.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(90);
  await expect(
    page
      .getByRole('radiogroup', { name: /mental or physical health deteriorating/ })
      .getByRole('radio')
      .first(),
  ).toBeFocused();
});

test('a question opened by an answer is checked at once and can be gone to', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);
  const contact = bar.locator('[data-rule-id="s1.gp-contact-missing"]');
  await expect(contact).toHaveCount(0);
  const gp = page.getByRole('radiogroup', { name: /Does your GP know you are a carer/ });
  await gp.getByRole('radio', { name: 'No' }).check();
  // "Would you like us to contact them?" opens and is now asked for.
  await expect(contact).toHaveCount(1);
  await contact.click();
  await expect(
    page
      .getByRole('radiogroup', { name: /Would you like us to contact them/ })
      .getByRole('radio')
      .first(),
  ).toBeFocused();
});

test('a finding on another tab says which tab, and opens it on request', async ({ page, demo }) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);
  const pd = bar.locator('[data-rule-id="pd.answer-missing"]').first();
  await expect(pd.locator('xpath=..')).toContainText('On the Person Details form tab');
  await pd.click();
  const open = bar.getByRole('button', { name: 'Open the Person Details form tab' });
  await expect(open).toBeFocused();
  await open.press('Enter');
  await expect(page.getByRole('tab', { name: 'Person Details form' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const q = page.getByRole('radiogroup', { name: /What best describes your gender/ });
  await expect(q.getByRole('radio').first()).toBeFocused();
});

test('Finish with errors is stopped once and asks; "Go back and fix" returns to the list', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);
  const errors = Number(await bar.getAttribute('data-errors'));
  expect(errors).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  const guard = page.locator('mosaic-companion [data-testid="mc-finish-guard"]');
  await expect(guard).toBeVisible();
  await expect(guard).toHaveAttribute('role', 'dialog');
  await expect(guard).toHaveAttribute('aria-modal', 'true');
  await expect(guard.getByRole('heading')).toHaveText(`${errors} problems: finish anyway?`);
  await expect(guard.getByRole('listitem')).toHaveCount(errors);
  // Focus is in the dialog, and the page's Finish did not happen.
  await expect(guard.getByRole('heading')).toBeFocused();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(guard).toHaveCount(0);
  await expect(bar.getByRole('heading', { name: 'There is a problem' })).toBeFocused();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(guard).toBeVisible();
  await guard.getByRole('button', { name: 'Go back and fix' }).click();
  await expect(guard).toHaveCount(0);
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toHaveCount(0);
});

test('"Finish anyway" lets the page\'s Finish happen', async ({ page, demo }) => {
  await page.goto(demo('conversation-blank.html'));
  await ready(page);
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  const guard = page.locator('mosaic-companion [data-testid="mc-finish-guard"]');
  await guard.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(guard).toHaveCount(0);
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();
});

test('Finish without errors is never interrupted, and records the Carers Review once', async ({
  page,
  demo,
  extensionId,
  context,
}) => {
  await page.goto(demo('conversation-complete.html'));
  const bar = await ready(page);
  await expect(bar).toHaveAttribute('data-errors', '0');
  const personId = await bar.getAttribute('data-person-id');

  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();
  await expect(page.locator('mosaic-companion [data-testid="mc-finish-guard"]')).toHaveCount(0);
  await page
    .getByRole('alertdialog', { name: 'Step finished' })
    .getByRole('button', { name: 'OK' })
    .click();
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();

  const checklist = await context.newPage();
  await checklist.goto(`chrome-extension://${extensionId}/popup.html`);
  const reviews = checklist.locator(
    `[data-testid="mc-case"][data-person-id="${personId}"][data-kind="carers-review"]`,
  );
  await expect(reviews).toHaveCount(1);
  await checklist.close();
});

test('page text is shown as text: markup typed into a field appears literally', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-complete.html'));
  const bar = await ready(page);
  const hostile = '<img src=x onerror="document.title=\'hacked\'">';
  const cost = page.getByLabel('If required, total cost for this support').nth(2);
  await cost.fill(hostile);
  const finding = bar.locator('[data-rule-id="s3.cost-invalid"]');
  await expect(finding).toContainText(hostile);
  expect(await page.locator('mosaic-companion img').count()).toBe(0);
  await expect(page).not.toHaveTitle('hacked');
  await expect(cost).toHaveValue(hostile);
});

test('the eligibility and budget panels show the decisions and amounts', async ({ page, demo }) => {
  await page.goto(demo('conversation-complete.html'));
  const bar = await ready(page);
  const elig = bar.locator('[data-testid="mc-eligibility"]');
  await expect(elig).toHaveAttribute('data-form-decision', 'eligible');
  await expect(elig).toContainText('Eligibility indicated');
  await expect(elig).toContainText('advice');
  const budget = bar.locator('[data-testid="mc-budget"]');
  await expect(budget).toHaveAttribute('data-suggested', '600');
  await expect(budget).toContainText('example table');
});

test('the outline option draws a box round each question with an error, inside our own element', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);
  const before = await page.evaluate(() => document.body.querySelectorAll('*').length);
  await bar.getByLabel('Outline questions with errors on the page').check();
  const boxes = page.locator('mosaic-companion .mc-outline:not([hidden])');
  await expect.poll(() => boxes.count()).toBeGreaterThan(3);
  // The page's own DOM is not changed.
  expect(await page.evaluate(() => document.body.querySelectorAll('*').length)).toBe(before);
  await bar.getByLabel('Outline questions with errors on the page').uncheck();
  await expect(page.locator('mosaic-companion .mc-outline')).toHaveCount(0);
});

test('on a person summary it lists the checks before starting a Carers Conversation', async ({
  page,
  demo,
}) => {
  await page.goto(demo('person-summary-problems.html'));
  const bar = await ready(page);
  await expect(bar).toHaveAttribute('data-page-kind', 'person-summary');
  const pre = bar.locator('[data-testid="mc-preflight"]');
  await expect(pre.getByRole('heading')).toHaveText('Before you start a Carers Conversation');
  await expect(pre.locator('[data-rule-id="wf.carer-group-not-primary"]')).toHaveCount(1);
  await expect(pre.locator('[data-rule-id="wf.employment-status-missing"]')).toHaveCount(1);
  await expect(pre).toContainText('Done: The Carer service user group is on the carer’s record.');
  await expect(pre).not.toContainText('A Carers Review is waiting');
});

test('"Track this case" adds the case to the checklist', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  await page.goto(demo('review-complete.html'));
  const bar = await ready(page);
  const personId = await bar.getAttribute('data-person-id');
  await bar.getByRole('button', { name: 'Track this case' }).click();
  await bar.getByLabel('Date of allocation').fill('2026-11-02');
  await bar.getByRole('button', { name: 'Track this case' }).click();
  await expect(bar.locator('[data-testid="mc-track"]')).toContainText('Added to your checklist');
  const checklist = await context.newPage();
  await checklist.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(
    checklist.locator(
      `[data-testid="mc-case"][data-person-id="${personId}"][data-kind="carers-review"]`,
    ),
  ).toHaveCount(1);
  await checklist.close();
});

test('a settings change applies at once: a rule switched off disappears', async ({
  page,
  demo,
  context,
  extensionId,
}) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);
  const finding = bar.locator('[data-rule-id="s1.hours-missing"]');
  await expect(finding).toHaveCount(1);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(async () => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime;
    await runtime.sendMessage({
      type: 'save-settings',
      settings: { rules: { 's1.hours-missing': { enabled: false } } },
    });
  });
  await options.close();
  await expect(finding).toHaveCount(0);
  await expect(bar.locator('[data-rule-id="s1.adults-cared-for-missing"]')).toHaveCount(1);
});

test('it never takes focus or scrolls the page by itself', async ({ page, demo }) => {
  await page.goto(demo('conversation-blank.html'));
  const bar = await ready(page);
  const box = page.getByLabel('No. of adults being cared for');
  await box.click();
  const scrolled = await page.evaluate(() => window.scrollY);
  await box.pressSequentially('2');
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await page
    .getByRole('radiogroup', { name: /Does your GP know you are a carer/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await expect(bar.locator('[data-rule-id="s1.gp-contact-missing"]')).toHaveCount(1);
  await expect(
    page
      .getByRole('radiogroup', { name: /Does your GP know you are a carer/ })
      .getByRole('radio', { name: 'No' }),
  ).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(box).toHaveValue('2');
});

test('it adds one element to the page and nothing else', async ({ page, demo }) => {
  await page.goto(demo('conversation-blank.html'));
  await ready(page);
  await expect(page.locator('mosaic-companion')).toHaveCount(1);
  const added = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('style, link[rel="stylesheet"], script')).filter((e) =>
        e.hasAttribute('wxt-shadow-root-document-styles'),
      ).length,
  );
  expect(added).toBe(0);
  // The host's own styles cannot be changed by the page's font size.
  await page.evaluate(() => (document.documentElement.style.fontSize = '40px'));
  const size = await sidebar(page).evaluate((el) => getComputedStyle(el).fontSize);
  expect(size).toBe('16px');
});

test('after a step is finished with a Carers Review, a new Conversation for that person is flagged', async ({
  page,
  demo,
}) => {
  await page.goto(demo('conversation-blank.html'));
  let bar = await ready(page);
  await expect(bar.locator('[data-rule-id="wf.duplicate-conversation"]')).toHaveCount(0);

  await page.goto(demo('conversation-complete.html'));
  await ready(page);
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Step finished' })).toBeVisible();

  await page.goto(demo('conversation-blank.html'));
  bar = await ready(page);
  // Known by the time the page is first reported as checked.
  expect(await bar.locator('[data-rule-id="wf.duplicate-conversation"]').count()).toBe(1);

  // The person summary says so before a new Conversation is started.
  await page.goto(demo('person-summary.html'));
  bar = await ready(page);
  await expect(bar.locator('[data-testid="mc-preflight"]')).toContainText(
    'A Carers Review is waiting for this carer',
  );
});

test('"Page not read right?" copies a description of the page\'s structure, without the answers', async ({
  page,
  demo,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(demo('')).origin,
  });
  await page.goto(demo('conversation-complete.html'));
  const bar = await ready(page);
  await bar.getByRole('button', { name: 'Page not read right?' }).click();
  await expect(bar.getByText('Copied.', { exact: false })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('No. of adults being cared for');
  // The person's id and an answer typed in the step are not in it.
  expect(copied).not.toContain('2204451');
  expect(copied).not.toContain('To get back to my pottery class');
});

test('when it first says ready, all of it is drawn: the findings, the eligibility and the budget', async ({
  page,
  demo,
}) => {
  // What the sidebar holds at the moment `data-state` first becomes "ready" (an observer's callback
  // runs before the page's next task, so nothing drawn later can be counted).
  await page.addInitScript(() => {
    const seen: { atReady?: string[] } = {};
    (window as unknown as { mcSeen: typeof seen }).mcSeen = seen;
    const watchShadow = (root: ShadowRoot) =>
      new MutationObserver(() => {
        const bar = root.querySelector('[data-testid="mc-sidebar"]');
        if (seen.atReady || bar?.getAttribute('data-state') !== 'ready') return;
        seen.atReady = ['mc-eligibility', 'mc-budget']
          .filter((id) => root.querySelector(`[data-testid="${id}"]`))
          .concat(root.querySelector('[data-testid="mc-sidebar"] h3') ? ['summary'] : []);
      }).observe(root, { subtree: true, childList: true, attributes: true });
    new MutationObserver((_records, observer) => {
      const host = document.querySelector('mosaic-companion');
      if (!host?.shadowRoot) return;
      observer.disconnect();
      watchShadow(host.shadowRoot);
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(demo('conversation-complete.html'));
  await ready(page);
  const atReady = await page.evaluate(
    () => (window as unknown as { mcSeen: { atReady?: string[] } }).mcSeen.atReady,
  );
  expect(atReady).toEqual(['mc-eligibility', 'mc-budget', 'summary']);
});
