import { expect, test } from '@playwright/test';

// The skill picker is a checkbox group (WAI-ARIA checkbox pattern): a named group per kind of skill,
// native checkboxes that Space toggles, and a labelled level select once a skill is ticked. The
// same markup serves with and without JavaScript, so nothing swaps after hydration.
test('the skill picker is labelled groups of checkboxes that Space toggles, each ticked one with a labelled level', async ({ page }) => {
  await page.goto('/match');
  const picker = page.getByRole('group', { name: 'Skills you have' });
  await expect(picker.getByRole('group', { name: 'Core skills' }).getByRole('checkbox', { name: 'Time management' })).toBeVisible();
  await expect(picker.getByRole('group', { name: 'Role-specific skills' }).getByRole('checkbox', { name: 'Empathy' })).toBeVisible();

  const box = picker.getByRole('checkbox', { name: 'Time management' });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(/skills=time-management$/);
  const level = picker.getByRole('combobox', { name: 'Level of Time management' });
  await expect(level).toHaveValue('working');
  await page.keyboard.press('Tab');
  await expect(level).toBeFocused();
});

test('the page has the same controls with and without JavaScript', async ({ browser }) => {
  const counts = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/match?skills=communication:strong,empathy&tasks=customer-service-representative.0');
    await page.waitForLoadState('networkidle');
    counts.push(
      await page.evaluate(() =>
        ['input[name=skills]', 'input[name=tasks]', 'select', 'input[type=search]', 'button'].map(
          (s) => document.querySelectorAll(`form[action="/match"] ${s}`).length,
        ),
      ),
    );
    await context.close();
  }
  expect(counts[1]).toEqual(counts[0]);
});

test('hydration adds, removes and moves nothing on the match page', async ({ page }) => {
  // Watch the server-rendered page from the moment it is parsed; React may re-set input attributes
  // while hydrating, but no element may appear, vanish or be replaced under a finger.
  await page.addInitScript(() => {
    const changes: string[] = [];
    Object.assign(window, { formChanges: changes });
    document.addEventListener('DOMContentLoaded', () => {
      // The whole main region: the old page swapped its form for another after hydration.
      const main = document.querySelector('main') ?? document.body;
      new MutationObserver((list) => {
        for (const m of list) if (m.type === 'childList') changes.push(`${m.target.nodeName}: +${m.addedNodes.length} -${m.removedNodes.length}`);
      }).observe(main, { subtree: true, childList: true });
    });
  });
  await page.goto('/match?skills=communication:strong,empathy&target=team-leader');
  await page.waitForLoadState('networkidle');
  // Proof that the page has hydrated: the filter works, which needs React.
  await page.getByRole('searchbox', { name: 'Filter the skills' }).fill('zzz');
  await expect(page.getByRole('checkbox', { name: 'Adaptability' })).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { formChanges: string[] }).formChanges)).toEqual([]);
});
