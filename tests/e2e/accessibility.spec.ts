import { test } from '@playwright/test';
import { expectNoWcagViolations } from '../support/axe';
import { pageKinds } from '../support/page-kinds';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA (tests/support/axe.ts), in both colour schemes (contrast differs).
for (const colorScheme of ['light', 'dark'] as const) {
  for (const { kind, path } of pageKinds) {
    test(`${kind} has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expectNoWcagViolations(page);
    });
  }
}
