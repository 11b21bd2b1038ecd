import { expect, test } from '@playwright/test';
import { expectSectionPagesComplete, sitemapPaths } from '../support/site-pages';

const roleSections = [
  'What the role does',
  'Skills required',
  'How to grow from here',
  'Where people come from',
  'Metrics this role is judged on',
  'Certifications that help',
] as const;

test('every role page in the sitemap answers 200 with all its sections, and its links lead somewhere', async ({ page, request }) => {
  test.setTimeout(240_000);
  await expectSectionPagesComplete(page, request, '/roles/', roleSections);
});

test('a role page shows core skills, levels, and what each next step takes', async ({ page }) => {
  await page.goto('/roles/customer-service-representative');
  const skills = page.getByRole('region', { name: 'Skills required' });
  const communication = skills.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Communication', exact: true }) });
  await expect(communication).toContainText('Core skill');
  await expect(communication).toContainText('Level needed: Strong');
  await expect(communication.getByRole('link')).toHaveAttribute('href', '/skills/communication');
  const empathy = skills.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Empathy', exact: true }) });
  await expect(empathy).not.toContainText('Core skill');

  const growth = page.getByRole('region', { name: 'How to grow from here' });
  const teamLeader = growth.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Team Leader' }) });
  await expect(teamLeader).toContainText('hitting your performance targets');
  // Leadership is new for a CSR, at the strong level a team leader is hired for.
  await expect(teamLeader.getByRole('link', { name: 'Leadership', exact: true })).toHaveAttribute('href', '/skills/leadership');
  await expect(teamLeader).toContainText('Leadership (new, strong)');
  // The metrics to master are the team leader's own.
  await expect(teamLeader.getByRole('link', { name: /Key performance indicator/ })).toHaveAttribute('href', '/glossary#key-performance-indicator');

  const origins = page.getByRole('region', { name: 'Where people come from' });
  // The only way in from another role is this guide's suggested sideways step from technical support.
  await expect(origins.getByRole('link')).toHaveText(['Technical Support Specialist']);
  await page.goto('/roles/team-leader');
  await expect(page.getByRole('region', { name: 'Where people come from' }).getByRole('link', { name: 'Customer Service Representative' })).toBeVisible();

  await expect(page.getByRole('link', { name: 'See this role in the growth graph' })).toHaveAttribute('href', '/paths?from=team-leader');
  await expect(page.getByRole('link', { name: 'Match your skills to this role' })).toHaveAttribute('href', '/match?target=team-leader');
  await expect(page.getByRole('link', { name: 'Compare', exact: true })).toHaveAttribute('href', '/compare?roles=team-leader');
});

test('every role page carries Occupation JSON-LD that parses and lists skills', async ({ request }) => {
  for (const path of await sitemapPaths(request, '/roles/')) {
    const html = await (await request.get(path)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts, path).toHaveLength(1);
    const data = JSON.parse(scripts[0]![1]!);
    expect(data['@type'], path).toBe('Occupation');
    expect(typeof data.skills === 'string' ? data.skills.trim() : data.skills, path).toBeTruthy();
    expect(data.name, path).toBeTruthy();
  }
});

/** Width and height from a PNG's IHDR chunk, after checking the PNG signature. */
function pngSize(bytes: Buffer): [number, number] {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('a shared role link previews with its title, description and canonical URL', async ({ page }) => {
  await page.goto('/roles/quality-analyst');
  await expect(page).toHaveTitle(/^Quality Assurance Analyst · /);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/roles\/quality-analyst$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Quality Assurance Analyst');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/roles\/quality-analyst$/);
});

test('every role has an Open Graph image: a 1200×630 PNG', async ({ request }) => {
  for (const path of await sitemapPaths(request, '/roles/')) {
    const html = await (await request.get(path)).text();
    const imageUrl = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(imageUrl, path).toBeTruthy();
    const { pathname, search } = new URL(imageUrl!.replaceAll('&amp;', '&'));
    expect(pathname, path).toContain(`${path}/opengraph-image`);
    const image = await request.get(pathname + search);
    expect(image.status(), path).toBe(200);
    expect(image.headers()['content-type'], path).toBe('image/png');
    expect(pngSize(await image.body()), path).toEqual([1200, 630]);
  }
});

test('the copy-link button copies the page address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/roles/trainer');
  await page.getByRole('button', { name: 'Copy link to Trainer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/roles/trainer', page.url()).href);
});

test('the sitemap lists every role and skill page, and robots.txt points to it', async ({ request }) => {
  expect(await sitemapPaths(request, '/roles/')).toContain('/roles/customer-service-representative');
  expect(await sitemapPaths(request, '/skills/')).toContain('/skills/communication');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});
