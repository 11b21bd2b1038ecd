import { expect, test } from '@playwright/test';
import { pageRoutes } from '@/lib/routes';
import { pageKinds, readingPageKinds } from '../support/page-kinds';

// A job seeker on a mid-range phone pays for every script. Reading pages are plain HTML plus one
// small enhancement script; share, search and tooltips still work, with and without JavaScript.

const readingPages = pageKinds.filter((page) => readingPageKinds.includes(page.kind));

test('every reading page in the route registry is visited here', () => {
  const visited = (path: string) => readingPages.some((page) => new RegExp(`^${path.replace(':slug', '[^/?]+')}(\\?|$)`).test(page.path));
  expect(pageRoutes.filter((page) => page.router === 'pages' && !visited(page.path)).map((page) => page.path)).toEqual([]);
});

for (const { kind, path } of readingPages) {
  test(`the ${kind} page loads no framework script`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const html = await response!.text();
    expect(html).not.toMatch(/\/_next\/static\/[^"]+\.js/);
    expect(html).not.toMatch(/self\.__next_f|__NEXT_DATA__/);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual(['/enhance.js']);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test.describe('with JavaScript', () => {
  // Copy link on a role page: counselor-shares-a-role.spec.ts.
  test('“/” jumps to the search field, and searching opens the results', async ({ page }) => {
    await page.goto('/skills/communication');
    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Search the site' });
    await expect(field).toBeFocused();
    await field.fill('quality');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=quality$/);
    await expect(page.getByRole('link', { name: 'Quality Assurance Analyst' }).first()).toBeVisible();
  });

  test('Escape dismisses a glossary tooltip on a role page', async ({ page }) => {
    await page.goto('/roles/customer-service-representative');
    const link = page.locator('[data-term-link] a').first();
    const tooltip = page.locator('[data-term-link]').first().getByRole('tooltip');
    await link.focus();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(link).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a role page shows everything but the buttons that need a script', async ({ page }) => {
    await page.goto('/roles/trainer');
    await expect(page.getByRole('heading', { level: 1, name: 'Trainer' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Copy link/ })).toBeHidden();
  });

  test('the header search is a form that opens the results', async ({ page }) => {
    await page.goto('/glossary');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('quality');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=quality$/);
  });

  test('a glossary tooltip shows on focus', async ({ page }) => {
    await page.goto('/roles/customer-service-representative');
    await page.locator('[data-term-link] a').first().focus();
    await expect(page.locator('[data-term-link]').first().getByRole('tooltip')).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const javaScriptEnabled of [true, false]) {
    test(`the page’s heading is on the first screen and the menu opens (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/roles/customer-service-representative');
      const header = await page.locator('header[data-print="hide"]').first().boundingBox();
      expect(header!.height).toBeLessThan(100);
      const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(heading!.y + heading!.height).toBeLessThan(844 / 2);
      const mainNav = page.getByRole('navigation', { name: 'Main' });
      await expect(mainNav.getByRole('link', { name: 'Glossary' })).toBeHidden();
      await page.getByRole('button', { name: 'Menu' }).click();
      await mainNav.getByRole('link', { name: 'Glossary' }).click();
      await expect(page).toHaveURL(/\/glossary$/);
      await context.close();
    });
  }
});
