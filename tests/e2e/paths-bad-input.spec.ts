import { expect, test } from '@playwright/test';

// Each case names the part of the page that offers a way on.
const cases = [
  {
    name: 'unknown roles',
    url: '/paths?from=team-leadr&to=no-such-role',
    notice: 'There is no role called “team-leadr”; did you mean “team-leader”?',
    next: 'Did you mean',
  },
  { name: 'the same role twice', url: '/paths?from=trainer&to=trainer', notice: 'The start and the goal are the same role', next: 'Where Trainer can lead' },
  {
    name: 'no route between the roles',
    url: '/paths?from=accountant&to=back-office-specialist',
    notice: 'There is no route from Accounting Roles to Back-Office Support Specialist',
    next: 'Places to start',
  },
  {
    name: 'no route, with roles leading to the goal',
    url: '/paths?from=medical-coder&to=team-leader',
    notice: 'There is no route from Medical Coder to Team Leader',
    next: 'Roles that lead to Team Leader',
  },
  {
    name: 'a repeated parameter',
    url: '/paths?from=trainer&from=supervisor&to=operations-manager',
    notice: '“from” was given more than once',
    next: 'From Trainer to Operations Manager',
  },
  { name: 'a very long parameter', url: `/paths?from=${'a'.repeat(5_000)}`, notice: '“from” was too long', next: 'Did you mean' },
];

for (const { name, url, notice, next } of cases) {
  test(`${name}: the page explains it, with suggestions, and never fails`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
    await expect(page.getByRole('region', { name: next, exact: true }).getByRole('link').first()).toBeVisible();
  });
}

test('a script in the address is shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto('/paths?from=<script>alert(1)</script>&to=<img src=x onerror=alert(2)>');
  expect(response?.status()).toBeLessThan(500);
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expect(page.getByRole('status')).toContainText('There is no role called “<script>alert(1)</script>”');
  expect(dialogs).toEqual([]);
});
