import { expect, test, type Page } from '@playwright/test';

// The instant-search dialog lives on the interactive pages, where React runs anyway (/compare here);
// reading pages offer the same search as a plain form (reading-pages-ship-no-framework.spec.ts).
const interactivePage = '/compare';

/** The header's search is enhanced once hydrated: the button then shows its shortcut hint. */
async function waitForSearchReady(page: Page) {
  await expect(page.getByRole('banner').locator('[data-shortcut-hint]')).toBeVisible();
}

test('pressing / and typing a misspelt, half-typed role opens it with Enter', async ({ page }) => {
  await page.goto(interactivePage);
  await waitForSearchReady(page);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const combobox = dialog.getByRole('combobox', { name: 'Search' });
  await expect(combobox).toBeFocused();
  await page.keyboard.type('custmer serv');
  await expect(dialog.getByRole('option').first()).toContainText('Customer Service Representative');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/roles\/customer-service-representative$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Customer Service Representative');
  await expect(dialog).toBeHidden();
});

test('results are grouped by kind and the arrow keys move the active option', async ({ page }) => {
  await page.goto(interactivePage);
  await waitForSearchReady(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const combobox = dialog.getByRole('combobox');
  await combobox.fill('team');
  const roles = dialog.getByRole('group', { name: 'Roles' });
  await expect(roles.getByRole('option').first()).toHaveText(/Team Leader/);
  await expect(dialog.getByRole('group', { name: 'Skills' }).getByRole('option', { name: /Teamwork and collaboration/ })).toBeVisible();

  const options = dialog.getByRole('option');
  const firstId = await options.nth(0).getAttribute('id');
  const secondId = await options.nth(1).getAttribute('id');
  await expect(combobox).toHaveAttribute('aria-activedescendant', firstId!);
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(combobox).toHaveAttribute('aria-activedescendant', secondId!);
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.last().getAttribute('id'))!);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
});

test('the search button opens the dialog; typing / in a text field does not', async ({ page }) => {
  await page.goto('/search');
  await waitForSearchReady(page);
  const field = page.getByRole('main').getByRole('searchbox');
  await field.fill('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
});

test('a glossary term found by its abbreviation opens at its entry', async ({ page }) => {
  await page.goto(interactivePage);
  await waitForSearchReady(page);
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('aht');
  await expect(page.getByRole('group', { name: 'Glossary' }).getByRole('option').first()).toContainText('Average handle time');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary#average-handle-time$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/search?q=team lists the team leader role', async ({ page }) => {
    const response = await page.goto('/search?q=team');
    expect(response?.status()).toBe(200);
    const roles = page.getByRole('region', { name: 'Roles' });
    await expect(roles.getByRole('link', { name: 'Team Leader' })).toHaveAttribute('href', '/roles/team-leader');
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('team');
  });

  test('the header search form submits to /search', async ({ page }) => {
    await page.goto('/roles');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: 'Search the site' }).fill('empathy');
    await header.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=empathy$/);
    await expect(page.getByRole('region', { name: 'Skills' }).getByRole('link', { name: 'Empathy' })).toBeVisible();
  });

  test('an empty query asks for one; hostile and repeated queries are shown escaped, with notices', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByText(/Type a role, a skill or a term/)).toBeVisible();

    let dialogs = 0;
    page.on('dialog', () => dialogs++);
    const response = await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&q=again`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText('“q” was given more than once; the first value is used.')).toBeVisible();
    await expect(page.getByText(/Nothing matches “<img src=x onerror=alert\(1\)>”/)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);

    const long = await page.goto(`/search?q=${'team'.repeat(2000)}`);
    expect(long?.status()).toBe(200);
    await expect(page.getByText('“q” was too long and has been shortened.')).toBeVisible();
  });
});

test('the search index costs an interactive page nothing until the dialog opens', async ({ page }) => {
  const scripts: string[] = [];
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/search-index.json') indexRequests.push(request.url());
  });
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
  });
  await page.goto('/paths');
  await waitForSearchReady(page);
  await page.waitForLoadState('networkidle');

  // A guide summary and a glossary definition appear only in the index, never on this page.
  const guideSummary = 'Three myths about BPO — a stopgap job, a dead end, nothing but call centers';
  const termDefinition = 'Outsourcing legal work to an external provider';
  const index = await (await page.request.get('/search-index.json')).text();
  expect(index).toContain(guideSummary);
  expect(index).toContain(termDefinition);
  expect(scripts.length).toBeGreaterThan(0);
  for (const body of scripts) {
    expect(body).not.toContain(guideSummary);
    expect(body).not.toContain(termDefinition);
    expect(body).not.toContain('minisearch');
  }
  expect(indexRequests).toEqual([]);

  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await expect.poll(() => indexRequests.length).toBe(1);
});
