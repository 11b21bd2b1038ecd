import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const glossary: { slug: string; term: string; definition: string }[] = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content/glossary.json'), 'utf8'));

test('the glossary explains every term, each at its own anchor, with the roles judged on it', async ({ page }) => {
  const response = await page.goto('/glossary');
  expect(response?.status()).toBe(200);
  for (const term of glossary) {
    const entry = page.locator(`section#${term.slug}`);
    await expect(entry.getByRole('heading', { level: 3 })).toContainText(term.term);
    await expect(entry).toContainText(term.definition);
  }
  const aht = page.getByRole('region', { name: /Average handle time/ });
  await expect(aht.getByRole('heading', { name: 'Roles judged on it' })).toBeVisible();
  await expect(aht.getByRole('link', { name: 'Customer Service Representative' })).toHaveAttribute('href', '/roles/customer-service-representative');
});

test('a term in a guide shows its definition on focus and hover, and Escape dismisses it', async ({ page }) => {
  await page.goto('/guides/road-to-leadership');
  const link = page.getByRole('link', { name: 'Average handle time (AHT)' });
  const definition = glossary.find((t) => t.slug === 'average-handle-time')!.definition;
  const tooltip = page.getByRole('tooltip').filter({ hasText: definition });
  await expect(link).toHaveAttribute('href', '/glossary#average-handle-time');
  await expect(link).toHaveAccessibleDescription(definition);
  await expect(tooltip).toBeHidden();

  await link.focus();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(link).toBeFocused();

  await page.getByRole('heading', { level: 1 }).hover();
  await link.blur();
  await link.hover();
  await expect(tooltip).toBeVisible();
  // The pointer can move onto the tooltip without it vanishing (WCAG 1.4.13 hoverable).
  await tooltip.hover();
  await expect(tooltip).toBeVisible();

  await link.click();
  await expect(page).toHaveURL(/\/glossary#average-handle-time$/);
  await expect(page.locator('section#average-handle-time')).toBeInViewport();
});
