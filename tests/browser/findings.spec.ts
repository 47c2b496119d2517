/**
 * Every Mosaic demo page, opened in Chromium with the demo build: the sidebar shows exactly the
 * rule ids the page was designed to trigger (tests/demo/pages.ts), no more and no fewer, and the
 * eligibility and budget panels hold what the page lists for them.
 */
import { MOSAIC_PAGES } from '../demo/pages';
import { test, expect, sidebar } from './fixtures';

for (const p of MOSAIC_PAGES) {
  test(`${p.file}: the sidebar shows exactly the expected findings`, async ({ page, demo }) => {
    await page.goto(demo(p.file));
    const bar = sidebar(page);
    await expect(bar).toHaveAttribute('data-state', 'ready');
    await expect(bar).toHaveAttribute('data-page-kind', p.kind!);
    await expect(bar).toHaveAttribute('data-person-id', p.personId!);

    const ruleIds = await bar
      .locator('[data-rule-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')!));
    expect([...new Set(ruleIds)].sort()).toEqual([...new Set(p.expectedRuleIds)].sort());

    // The counts agree with the findings shown.
    const severities = await bar
      .locator('[data-rule-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    await expect(bar).toHaveAttribute(
      'data-errors',
      String(severities.filter((s) => s === 'error').length),
    );
    await expect(bar).toHaveAttribute(
      'data-warnings',
      String(severities.filter((s) => s === 'warning').length),
    );

    if (p.sidebar) {
      const elig = bar.locator('[data-testid="mc-eligibility"]');
      if (p.sidebar.formDecision)
        await expect(elig).toHaveAttribute('data-form-decision', p.sidebar.formDecision);
      if (p.sidebar.statutory)
        await expect(elig).toHaveAttribute('data-statutory', p.sidebar.statutory);
      const budget = bar.locator('[data-testid="mc-budget"]');
      if (p.sidebar.suggested !== null)
        await expect(budget).toHaveAttribute('data-suggested', p.sidebar.suggested);
      if (p.sidebar.shown !== null)
        await expect(budget).toHaveAttribute('data-shown', p.sidebar.shown);
      if (p.sidebar.costs !== null)
        await expect(budget).toHaveAttribute('data-costs', p.sidebar.costs);
    }
  });
}
