import { expect, test } from '@playwright/test';

const roleCards = (page: import('@playwright/test').Page) => page.getByRole('main').getByRole('article');

test('a shared filter link lists only the matching roles, with a count', async ({ page }) => {
  await page.goto('/roles?track=back-office&level=entry');
  const cards = roleCards(page);
  await expect(cards).not.toHaveCount(0);
  for (const card of await cards.all()) {
    await expect(card).toContainText('Back office');
    await expect(card).toContainText('Entry level');
  }
  await expect(page.getByText(/^\d+ of \d+ roles match$/)).toHaveText(new RegExp(`^${await cards.count()} of`));
  await expect(page.getByRole('checkbox', { name: 'Back office', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Entry level' })).toBeChecked();
  await page.getByRole('link', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.getByText(/^All \d+ roles$/)).toBeVisible();
});

test('several values of one filter widen the list: level=entry,mid', async ({ page }) => {
  await page.goto('/roles?level=entry,mid&mode=voice,non-voice');
  const cards = roleCards(page);
  await expect(cards).not.toHaveCount(0);
  for (const card of await cards.all()) {
    await expect(card).toContainText(/Entry level|Mid level/);
    await expect(card).toContainText(/Voice|Non-voice back office/);
  }
});

test('an unknown filter value shows every role and a notice naming it, not an error', async ({ page }) => {
  const all = await (await page.goto('/roles'))!.text();
  const response = await page.goto('/roles?track=nonsense');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status')).toContainText('“nonsense”');
  const count = await roleCards(page).count();
  expect(count).toBe((all.match(/<article/g) ?? []).length);
  await expect(page.getByText(`All ${count} roles`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter form narrows the list and puts the choice in the address', async ({ page }) => {
    await page.goto('/roles');
    await page.getByRole('group', { name: 'Track' }).getByRole('checkbox', { name: 'Front office' }).check();
    await page.getByRole('group', { name: 'Level' }).getByRole('checkbox', { name: 'Entry level' }).check();
    await page.getByRole('button', { name: 'Show roles' }).click();
    await expect(page).toHaveURL(/track=front-office/);
    await expect(page).toHaveURL(/level=entry/);
    await expect(roleCards(page).first()).toBeVisible();
    for (const card of await roleCards(page).all()) await expect(card).toContainText('Front office');
    await expect(page.getByRole('link', { name: 'Customer Service Representative' })).toBeVisible();
  });
});
