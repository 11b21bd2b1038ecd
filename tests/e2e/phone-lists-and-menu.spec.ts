import { expect, test, type Locator } from '@playwright/test';

// On a phone, a box that scrolls inside the page traps a swipe: long lists scroll with the page.
// The header menu closes the way people expect, with Escape and a tap outside, script or not.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** True when an element scrolls inside itself (its content is taller than its box and it may scroll). */
const scrollsInside = (list: Locator) =>
  list.evaluate((element) => {
    for (let box: Element | null = element; box && box !== document.body; box = box.parentElement) {
      const overflow = getComputedStyle(box).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight + 1) return true;
    }
    return false;
  });

test('the skills and tasks lists on /match scroll with the page, not inside boxes of their own', async ({ page }) => {
  await page.goto('/match');
  const lastSkill = page.getByRole('group', { name: 'Skills you have' }).getByRole('checkbox').last();
  const lastTask = page.getByRole('group', { name: 'Tasks you have done' }).getByRole('checkbox').last();
  expect(await scrollsInside(lastSkill)).toBe(false);
  expect(await scrollsInside(lastTask)).toBe(false);
  // Scrolling the page alone brings the last task into view.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(lastTask).toBeInViewport();
});

for (const javaScriptEnabled of [true, false]) {
  test(`the header menu closes with Escape and with a tap outside (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, javaScriptEnabled });
    const page = await context.newPage();
    for (const path of ['/roles/customer-service-representative', '/match']) {
      await page.goto(path);
      const menu = page.getByRole('button', { name: 'Menu' });
      const glossary = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' });
      await menu.click();
      await expect(glossary).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(glossary).toBeHidden();

      await menu.click();
      await expect(glossary).toBeVisible();
      // In the page's right margin, on nothing that reacts to a tap itself.
      await page.touchscreen.tap(386, 800);
      await expect(glossary).toBeHidden();
    }
    await context.close();
  });
}
