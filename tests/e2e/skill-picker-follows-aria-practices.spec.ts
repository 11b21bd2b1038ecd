import { expect, test } from '@playwright/test';

// The WAI-ARIA combobox pattern, as a screen reader sees it: expanded state, the listbox it
// controls, the active option, grouped options, and Escape to close.
test('the skill picker exposes the combobox pattern’s roles and states', async ({ page }) => {
  await page.goto('/match');
  const combobox = page.getByRole('combobox', { name: 'Add a skill you have' });
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(combobox).toHaveAttribute('aria-autocomplete', 'list');

  await combobox.focus();
  await page.keyboard.type('ti');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const listboxId = await combobox.getAttribute('aria-controls');
  const listbox = page.locator(`[id="${listboxId}"]`);
  await expect(listbox).toHaveAttribute('role', 'listbox');
  await expect(listbox.getByRole('group', { name: 'Core skills' })).toBeVisible();
  await expect(listbox.getByRole('option', { name: 'Time management' })).toBeVisible();

  await page.keyboard.press('ArrowDown');
  const activeId = await combobox.getAttribute('aria-activedescendant');
  expect(activeId).toBeTruthy();
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('role', 'option');
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(combobox).toBeFocused();
});
