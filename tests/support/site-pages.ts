import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Paths of the sitemap's pages under a section, e.g. every `/roles/<slug>`. */
export async function sitemapPaths(request: APIRequestContext, section: '/roles/' | '/skills/' | '/backgrounds/'): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locations.filter((path) => path.startsWith(section));
}

/** Same-site links on the page, without fragments. */
async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('#')[0]!).filter(Boolean);
}

/** Requests each distinct link once and returns those that fail, with their status. */
async function brokenLinks(request: APIRequestContext, hrefs: Iterable<string>): Promise<string[]> {
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    const status = (await request.get(href)).status();
    if (status >= 400) broken.push(`${href} → ${status}`);
  }
  return broken;
}

/** The page's sections, found by their headings (a <section> named by its <h2>). */
async function expectSections(page: Page, headings: readonly string[]): Promise<void> {
  for (const heading of headings) {
    const region = page.getByRole('region', { name: heading, exact: true });
    await expect(region, `section “${heading}” on ${page.url()}`).toBeVisible();
    await expect(region.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
}

/**
 * Visits every sitemap page of a section, expecting 200, an h1 and the given sections, then
 * checks that every internal link on those pages resolves. Returns nothing; fails on the first gap.
 */
export async function expectSectionPagesComplete(
  page: Page,
  request: APIRequestContext,
  section: '/roles/' | '/skills/',
  sections: readonly string[],
): Promise<void> {
  const paths = await sitemapPaths(request, section);
  expect(paths.length).toBeGreaterThanOrEqual(11);
  const links = new Set<string>();
  for (const path of paths) {
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectSections(page, sections);
    for (const href of await internalLinks(page)) links.add(href);
  }
  expect(await brokenLinks(request, links)).toEqual([]);
}
