import { expect, test } from '@playwright/test';

// The words this audience types first are not the catalogue's names: "english", "call center",
// "patient", "nurse". Each place that finds things finds them by those words (the table of what
// comes first for each is tests/unit/lib/words-people-type.test.ts).

test('the skills filter finds language proficiency for “english”, and patience for “patient”', async ({ page }) => {
  await page.goto('/match');
  const filter = page.getByRole('searchbox', { name: 'Filter the skills' });
  const visible = page.getByRole('group', { name: 'Skills you have' }).getByRole('checkbox').filter({ visible: true });
  await filter.fill('english');
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toHaveAccessibleName('Language proficiency');
  await filter.fill('patient');
  await expect(visible.first()).toHaveAccessibleName('Patience');
  await filter.fill('nurse');
  await expect(visible.first()).toHaveAccessibleName('Healthcare knowledge');
});

test('the route planner’s role field finds the customer service representative for “call center”', async ({ page }) => {
  await page.goto('/paths');
  const start = page.getByRole('combobox', { name: 'Where you are now' }).and(page.locator('input'));
  await start.fill('call center');
  await expect(page.getByRole('option').first()).toHaveText('Customer Service Representative');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/paths\?from=customer-service-representative$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('site search finds a skill or role for the words people use', async ({ page }) => {
    for (const [query, first] of [
      ['english', 'Language proficiency'],
      ['call centre', 'Customer Service Representative'],
      ['help desk', 'Technical Support Specialist'],
    ] as const) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('main').getByRole('listitem').first().getByRole('link')).toHaveText(first);
    }
  });
});

test('the header’s search dialog finds the customer service representative for “call center”', async ({ page }) => {
  await page.goto('/match');
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox').fill('call center');
  await expect(dialog.getByRole('option').first()).toContainText('Customer Service Representative');
  await dialog.getByRole('combobox').fill('english');
  await expect(dialog.getByRole('option').first()).toContainText('Language proficiency');
});
