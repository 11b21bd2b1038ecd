import { expect, test } from '@playwright/test';

test('a job seeker opens the customer service representative page from the catalogue', async ({ page }) => {
  await page.goto('/roles');
  await page.getByRole('link', { name: 'Customer Service Representative' }).click();
  await expect(page).toHaveURL(/\/roles\/customer-service-representative$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Service Representative');
  await expect(page.getByRole('heading', { name: 'What the role does' })).toBeVisible();
});

test('an unknown role answers 404 and suggests real roles', async ({ page }) => {
  const response = await page.goto('/roles/does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const suggestions = page.getByRole('region', { name: 'Did you mean' }).getByRole('link');
  await expect(suggestions).toHaveCount(3);
  for (const href of await suggestions.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect((await page.request.get(href!)).status()).toBe(200);
  }
});

test('a misspelt role suggests the intended one first', async ({ page }) => {
  await page.goto('/roles/team-leadr');
  await expect(page.getByRole('region', { name: 'Did you mean' }).getByRole('link').first()).toHaveText('Team Leader');
});
