import { expect, test } from '@playwright/test';
import { pageKinds } from '../support/page-kinds';

test('a journey over every kind of page requests nothing from another origin and sets no cookie', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  for (const { path } of pageKinds) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Interact too: the search dialog fetches its index, the match page writes localStorage.
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('team');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
