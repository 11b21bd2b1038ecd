import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site-pages';

test('a role page prints as a handout: no navigation or buttons, links as text, the page address at the foot', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  const address = page.getByText(/https?:\/\/\S+\/roles\/customer-service-representative/);
  // On screen the address line stays out of the way.
  await expect(address).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy link/ })).toBeHidden();
  await expect(page.getByRole('link', { name: 'See this role in the growth graph' })).toBeHidden();
  await expect(address).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Skills required' })).toBeVisible();
  // Paper has no hover: each link's address is printed after it.
  const printedHref = await page
    .getByRole('region', { name: 'How to grow from here' })
    .locator('h3 a[href="/roles/team-leader"]')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printedHref).toContain('/roles/team-leader');
});

test('every role prints on one or two A4 pages', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ media: 'print' });
  for (const path of await sitemapPaths(request, '/roles/')) {
    await page.goto(path);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, path).toBeGreaterThanOrEqual(1);
    expect(pages.length, path).toBeLessThanOrEqual(2);
  }
});
