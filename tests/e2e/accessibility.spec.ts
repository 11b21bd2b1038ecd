import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageKinds } from '../support/page-kinds';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA, in both colour schemes (contrast differs).
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { kind, path } of pageKinds) {
    test(`${kind} has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      const summary = violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  }
}
