import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const guides: { slug: string; title: string }[] = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content/guides.json'), 'utf8'));

test('the guides page lists every guide in reading order', async ({ page }) => {
  const response = await page.goto('/guides');
  expect(response?.status()).toBe(200);
  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  await expect(links).toHaveText(guides.map((g) => g.title));
});

guides.forEach((guide, index) => {
  test(`guide “${guide.slug}” renders with contents, reading time, neighbours and working links`, async ({ page }) => {
    const response = await page.goto(`/guides/${guide.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
    await expect(page.getByText(/^\d+ min read$/)).toBeVisible();

    // Every table-of-contents entry points at a heading of the same name on the page.
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const entries = toc.getByRole('link');
    expect(await entries.count()).toBeGreaterThanOrEqual(3);
    for (const entry of await entries.all()) {
      const href = (await entry.getAttribute('href')) ?? '';
      expect(href).toMatch(/^#[a-z0-9-]+$/);
      await expect(page.locator(`h2${href}`)).toHaveText((await entry.textContent()) ?? '');
    }

    const pager = page.getByRole('navigation', { name: 'More guides' });
    const previous = guides[index - 1];
    const next = guides[index + 1];
    if (previous) await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', `/guides/${previous.slug}`);
    else await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', `/guides/${next.slug}`);
    else await expect(pager.locator('a[rel="next"]')).toHaveCount(0);

    // Role, skill, glossary and guide links in the text, and the site's own links, all lead somewhere real.
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const href of new Set(hrefs.map((h) => h.split('#')[0]!))) {
      const status = (await page.request.get(href)).status();
      if (status >= 400) broken.push(`${href} → ${status}`);
    }
    expect(broken).toEqual([]);
    // Glossary links land on an entry that exists.
    const glossary = await page.request.get('/glossary');
    const glossaryHtml = await glossary.text();
    for (const fragment of hrefs.filter((h) => h.startsWith('/glossary#')).map((h) => h.slice('/glossary#'.length))) {
      expect(glossaryHtml, `glossary entry #${fragment}`).toContain(`id="${fragment}"`);
    }
  });
});

test('a guide is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/road-to-leadership');
  await expect(page.getByRole('heading', { level: 2, name: 'Understand metrics and KPIs' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Team Leader' }).first()).toHaveAttribute('href', '/roles/team-leader');
  await context.close();
});
