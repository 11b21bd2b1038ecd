import { expect, test, type Page } from '@playwright/test';

// A screen-reader user ticks skills on /match: each change of the results is said in a polite live
// region, and focus never drops to the page when the control they were on goes away.

const results = (page: Page) => page.getByRole('heading', { name: 'Your matches' }).locator('..');
const focusIsOnThePage = (page: Page) => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

test('each change of the results is summarised in a polite live region', async ({ page }) => {
  await page.goto('/match');
  const summary = results(page).getByRole('status').first();
  await expect(summary).toHaveAttribute('aria-live', 'polite');

  await page.getByRole('checkbox', { name: 'Communication', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Empathy', exact: true }).check();
  await expect(results(page)).toMatchAriaSnapshot(`
    - status: /^\\d+ roles? to apply for now; best fit\\W+Customer Service Representative, \\d+; \\d+ roles? to grow into\\.$/
  `);
  // The numbers said are the ones shown.
  const shown = await page.getByRole('region', { name: 'You could apply now' }).getByRole('listitem').count();
  await expect(summary).toContainText(`${shown} role${shown === 1 ? '' : 's'} to apply for now`);

  await page.getByRole('checkbox', { name: 'Communication', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Empathy', exact: true }).uncheck();
  await expect(results(page)).toMatchAriaSnapshot(`
    - status: No skills counted yet, so no roles to show.
  `);
});

test('unticking a skill the filter leaves out keeps focus on its box', async ({ page }) => {
  await page.goto('/match?skills=empathy');
  await page.getByRole('searchbox', { name: 'Filter the skills' }).fill('comm');
  const empathy = page.getByRole('checkbox', { name: 'Empathy', exact: true });
  await empathy.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/match$/);
  await expect(empathy).not.toBeChecked();
  await expect(empathy).toBeFocused();
  expect(await focusIsOnThePage(page)).toBe(false);
  // Ticked again by keyboard: nothing moved under it.
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/match\?skills=empathy$/);
  // A new filter lets it go, as the person asked.
  await page.getByRole('searchbox', { name: 'Filter the skills' }).fill('know');
  await expect(page.getByRole('checkbox', { name: 'Communication', exact: true })).toBeHidden();
});

test('unticking a task the filter leaves out keeps focus on its box', async ({ page }) => {
  await page.goto('/match?tasks=customer-service-representative.0');
  await page.getByRole('searchbox', { name: /Filter the tasks/ }).fill('payroll');
  const task = page.getByRole('group', { name: 'Tasks you have done' }).getByRole('checkbox', { checked: true });
  await task.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/match$/);
  expect(await focusIsOnThePage(page)).toBe(false);
  await expect(page.getByRole('group', { name: 'Tasks you have done' }).locator(':focus')).toHaveCount(1);
});

test('when the control in use goes away, focus goes to the results, not the page', async ({ page }) => {
  // Stopping the gap removes the whole gap panel, its link included.
  await page.goto('/match?skills=communication,empathy&target=team-leader');
  await page.getByRole('link', { name: 'Stop showing the gap to Team Leader' }).click();
  await expect(page.getByRole('region', { name: 'Your gap to Team Leader' })).toHaveCount(0);
  expect(await focusIsOnThePage(page)).toBe(false);
  await expect(page.getByRole('heading', { name: 'Your matches' })).toBeFocused();

  // "Continue where you left off" removes its own panel.
  await page.goto('/match');
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(/skills=communication,empathy/);
  expect(await focusIsOnThePage(page)).toBe(false);
});
