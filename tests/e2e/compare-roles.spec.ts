import { expect, test } from '@playwright/test';

test('two roles side by side, with the skills they share marked', async ({ page }) => {
  const response = await page.goto('/compare?roles=customer-service-representative,technical-support-specialist');
  expect(response?.status()).toBe(200);
  const overview = page.getByRole('table', { name: 'Overview' });
  await expect(overview.getByRole('columnheader', { name: 'Customer Service Representative' })).toBeVisible();
  await expect(overview.getByRole('columnheader', { name: 'Technical Support Specialist' })).toBeVisible();
  await expect(overview.getByRole('row', { name: /^Level/ })).toContainText('Entry level');

  const skills = page.getByRole('table', { name: 'Skills, and the level each role needs' });
  const shared = skills.getByRole('rowgroup').filter({ hasText: 'Shared skills: needed by both roles' });
  await expect(shared.getByRole('rowheader', { name: 'Communication' })).toBeVisible();
  await expect(shared.getByRole('row', { name: /^Communication/ })).toContainText('Strong');
  const different = skills.getByRole('rowgroup').filter({ hasText: 'Different skills' });
  await expect(different.getByRole('rowheader', { name: 'Empathy' })).toBeVisible();
  await expect(different.getByRole('row', { name: /^Empathy/ })).toContainText('Not needed');
});

test('match results link to a comparison of the top three', async ({ page }) => {
  await page.goto('/match?skills=communication,empathy,problem-solving');
  await page.getByRole('link', { name: 'Compare top 3' }).click();
  await expect(page).toHaveURL(/\/compare\?roles=[a-z-]+,[a-z-]+,[a-z-]+$/);
  await expect(page.getByRole('table', { name: 'Overview' }).getByRole('columnheader')).toHaveCount(3);
});

test('one role shows it with a form to add more, which works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare?roles=trainer');
  await expect(page.getByRole('table', { name: 'Overview' }).getByRole('columnheader', { name: 'Trainer' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Add one or two more roles' });
  await expect(form.getByRole('combobox', { name: 'First role' })).toHaveValue('trainer');
  await form.getByRole('combobox', { name: 'Second role' }).selectOption('quality-analyst');
  await form.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('table', { name: 'Overview' }).getByRole('columnheader', { name: 'Quality Assurance Analyst' })).toBeVisible();
  await context.close();
});

test('on a 360px screen the tables scroll inside labelled regions', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/compare?roles=customer-service-representative,technical-support-specialist,back-office-specialist');
  const region = page.getByRole('region', { name: 'Skills, and the level each role needs' });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
