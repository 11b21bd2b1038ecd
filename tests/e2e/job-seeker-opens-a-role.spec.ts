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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // On a slow connection the enhancement script arrives after the page has painted, and reveals the
  // share and print buttons: holding it until the first paint reproduces that.
  for (const { path, print } of [
    { path: '/roles/customer-service-representative', print: true },
    { path: '/skills/communication', print: false },
    { path: '/backgrounds/retail-cashier', print: true },
  ]) {
    test(`nothing on ${path} moves under the reader when its share buttons appear`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      let release = () => {};
      const painted = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/enhance.js', async (route) => {
        await painted;
        await route.continue();
      });
      await page.goto(path, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      release();
      await expect(page.getByRole('button', { name: /^Copy link/ })).toBeVisible();
      if (print) await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    });
  }
});
