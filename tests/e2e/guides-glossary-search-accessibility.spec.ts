import { expect, test } from '@playwright/test';
import { expectNoWcagViolations } from '../support/axe';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of ['/guides/road-to-leadership', '/glossary', '/search?q=team', '/about']) {
      test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
        await page.goto(path);
        await expectNoWcagViolations(page);
      });
    }

    test('the search dialog, open with results, has no WCAG A/AA violations', async ({ page }) => {
      // The dialog lives on interactive pages; reading pages search through a plain form.
      await page.goto('/compare');
      await expect(page.getByRole('banner').locator('[data-shortcut-hint]')).toBeVisible();
      await page.keyboard.press('/');
      await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('custmer serv');
      await expect(page.getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expectNoWcagViolations(page);
    });

    test('a glossary tooltip, shown, has no WCAG A/AA violations', async ({ page }) => {
      await page.goto('/guides/road-to-leadership');
      await page.getByRole('link', { name: 'Customer satisfaction (CSAT)' }).focus();
      await expect(page.getByRole('tooltip').filter({ visible: true })).toHaveCount(1);
      await expectNoWcagViolations(page);
    });
  });
}
