import { expect, test } from '@playwright/test';
import { expectSectionPagesComplete } from '../support/site-pages';

const skillSections = ['Roles that need it', 'How to build it', 'On your CV'] as const;

test('every skill page in the sitemap answers 200 with all its sections, and its links lead somewhere', async ({ page, request }) => {
  test.setTimeout(240_000);
  await expectSectionPagesComplete(page, request, '/skills/', skillSections);
});

test('the skills catalogue separates the seven core skills from role-specific ones', async ({ page }) => {
  await page.goto('/skills');
  const core = page.getByRole('region', { name: /^Core skills/ });
  await expect(core.getByRole('listitem')).toHaveCount(7);
  await expect(core.getByRole('link', { name: 'Communication', exact: true })).toBeVisible();
  const roleSpecific = page.getByRole('region', { name: /^Role-specific skills/ });
  await expect(roleSpecific.getByRole('link', { name: 'Empathy', exact: true })).toBeVisible();
  await expect(roleSpecific.getByRole('link', { name: 'Communication', exact: true })).toHaveCount(0);
  const industry = page.getByRole('region', { name: /^Industry knowledge/ });
  await expect(industry.getByRole('listitem')).toHaveCount(4);
  await expect(roleSpecific.getByRole('link', { name: 'Healthcare knowledge', exact: true })).toHaveCount(0);
});

test('an old link to the retired industry-knowledge skill moves permanently to the four niche skills that replaced it', async ({ page, request }) => {
  const response = await request.get('/skills/industry-knowledge', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/skills#industry-knowledge');

  await page.goto('/skills/industry-knowledge');
  await expect(page).toHaveURL(/\/skills#industry-knowledge$/);
  const industry = page.getByRole('region', { name: /^Industry knowledge/ });
  await expect(industry).toBeInViewport();
  for (const name of ['Healthcare knowledge', 'Finance and mortgage knowledge', 'Insurance knowledge', 'Legal knowledge']) {
    await expect(industry.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await industry.getByRole('link', { name: 'Healthcare knowledge', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Roles that need it' }).getByRole('link', { name: 'Medical Coder' })).toBeVisible();
});

test('a job seeker goes from a skill to a role that needs it, and sees the level it needs', async ({ page }) => {
  // An entry role asks for at most "working" unless the article asks for more; it does not for empathy.
  await page.goto('/skills');
  await page.getByRole('link', { name: 'Empathy', exact: true }).click();
  await expect(page).toHaveURL(/\/skills\/empathy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Empathy');
  const roles = page.getByRole('region', { name: 'Roles that need it' });
  const csr = roles.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Customer Service Representative' }) });
  await expect(csr).toContainText('Level needed: Working');
  await expect(page.getByRole('region', { name: 'On your CV' }).locator('blockquote')).not.toBeEmpty();
  await csr.getByRole('link', { name: 'Customer Service Representative' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Service Representative');
});

test('an unknown skill answers 404 and suggests real skills', async ({ page }) => {
  const response = await page.goto('/skills/does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const suggestions = page.getByRole('region', { name: 'Did you mean' }).getByRole('link');
  await expect(suggestions).toHaveCount(3);
  for (const href of await suggestions.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/skills\//);
    expect((await page.request.get(href!)).status()).toBe(200);
  }
  await page.goto('/skills/empaty');
  await expect(page.getByRole('region', { name: 'Did you mean' }).getByRole('link').first()).toHaveText('Empathy');
});

test('an unknown role answers 404 and suggests real roles', async ({ page }) => {
  const response = await page.goto('/roles/does-not-exist');
  expect(response?.status()).toBe(404);
  const suggestions = page.getByRole('region', { name: 'Did you mean' }).getByRole('link');
  await expect(suggestions).toHaveCount(3);
  for (const href of await suggestions.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/roles\//);
    expect((await page.request.get(href!)).status()).toBe(200);
  }
});
