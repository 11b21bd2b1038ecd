import { expect, test, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus (as a keyboard user would), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: home → a role → its path to a manager role → skill match → the best result', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');

  await tabTo(page, page.getByRole('link', { name: 'Browse roles' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/roles$/);

  await tabTo(page, page.getByRole('link', { name: 'Customer Service Representative', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/roles\/customer-service-representative$/);

  await tabTo(page, page.getByRole('link', { name: 'See this role in the growth graph' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/paths\?from=customer-service-representative$/);

  await tabTo(page, page.getByRole('link', { name: 'Plan the route to Operations Manager' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=customer-service-representative&to=operations-manager/);
  await expect(page.locator('[data-route-step]').first()).toBeVisible();

  // From the route's link, Tab runs through the whole plan page and wraps to the header: past 150 stops.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skill match' }), 250);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/match$/);

  for (const name of ['Communication', 'Empathy']) {
    await tabTo(page, page.getByRole('checkbox', { name, exact: true }));
    await page.keyboard.press('Space');
  }
  await expect(page).toHaveURL(/skills=communication,empathy$/);

  const best = page.getByRole('region', { name: 'You could apply now' }).getByRole('listitem').first().getByRole('link').first();
  const bestTitle = (await best.textContent())!;
  await tabTo(page, best, 300);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bestTitle);
});
