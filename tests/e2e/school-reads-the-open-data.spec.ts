import { expect, test } from '@playwright/test';
import { apiEndpoints } from '@/lib/api/endpoints';
import { csvDownloads } from '@/lib/api/csv';

// A school's careers page or an agency's tool reads the same knowledge as JSON and CSV.

test('/data lists every endpoint and download, each example answers, with the licence and source', async ({ page, request }) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Open data', level: 1 })).toBeVisible();
  for (const endpoint of apiEndpoints) {
    await expect(page.getByRole('heading', { name: `GET ${endpoint.path}`, exact: true })).toBeVisible();
    const example = page.getByRole('link', { name: endpoint.example, exact: true });
    await expect(example).toBeVisible();
    expect((await request.get((await example.getAttribute('href'))!)).status(), endpoint.example).toBe(200);
  }
  for (const download of csvDownloads) {
    const link = page.getByRole('link', { name: new RegExp(download.file.replace('.', '\\.')) });
    expect((await request.get((await link.getAttribute('href'))!)).status(), download.file).toBe(200);
  }
  await expect(page.getByRole('link', { name: 'OpenAPI 3.1 document' })).toHaveAttribute('href', '/api/v1/openapi.json');
  await expect(page.getByText(/Creative Commons Attribution 4\.0/)).toBeVisible();
  await expect(page.getByText(/What Is BPO Experience: Career Paths and Skill Sets/).first()).toBeVisible();
});

test('answers carry ETag, CORS for any origin, a version and the security headers, and no cookie; 304 on a matching ETag', async ({ request }) => {
  for (const path of [
    '/api/v1/roles',
    '/api/v1/match?skills=empathy',
    '/api/v1/roles.csv',
    '/api/v1/roles/nope',
    '/api/v1/match?skills=nope',
    '/api/v1/nope',
  ]) {
    const response = await request.get(path, { headers: { origin: 'https://school.example' } });
    const headers = response.headers();
    expect(response.status(), path).toBeLessThan(500);
    expect(headers['access-control-allow-origin'], path).toBe('*');
    expect(headers['api-version'], path).toBe('1');
    expect(headers['set-cookie'], path).toBeUndefined();
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  const first = await request.get('/api/v1/graph');
  const etag = first.headers().etag!;
  expect(etag).toBeTruthy();
  expect(first.headers()['cache-control']).toContain('public');
  const again = await request.get('/api/v1/graph', { headers: { 'if-none-match': etag } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
});

test('GET and HEAD only: HEAD answers like GET without a body, other methods are refused without CORS', async ({ request }) => {
  const head = await request.head('/api/v1/roles');
  expect(head.status()).toBe(200);
  expect(head.headers()['access-control-allow-origin']).toBe('*');
  expect((await head.body()).length).toBe(0);
  const post = await request.post('/api/v1/roles', { data: {} });
  expect(post.status()).toBe(405);
  expect(post.headers()['access-control-allow-origin']).toBeUndefined();
  expect(post.headers()['set-cookie']).toBeUndefined();
});

test('unknown slugs are JSON 404s with suggestions, bad parameters 400 problem documents', async ({ request }) => {
  const missing = await request.get('/api/v1/skills/empaty');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toContain('application/problem+json');
  expect(((await missing.json()) as { suggestions: { slug: string }[] }).suggestions[0]?.slug).toBe('empathy');
  const bad = await request.get('/api/v1/paths?from=%3Cscript%3Ealert(1)%3C/script%3E');
  expect(bad.status()).toBe(400);
  const text = await bad.text();
  expect(text).not.toContain('<script>');
  expect((JSON.parse(text) as { notices: string[] }).notices[0]).toContain('There is no role called “<script>alert(1)</script>”');
});

test('the API’s match gives the same lists, order and scores as the /match page for the same link', async ({ page, request }) => {
  const query = 'skills=communication:strong,empathy';
  type Listed = { title: string; score: number };
  const api = (await (await request.get(`/api/v1/match?${query}`)).json()) as { applyNow: Listed[]; growInto: Listed[] };
  await page.goto(`/match?${query}`);
  // Each list item names its role in a link and gives its score ("Match: 62 out of 100" on a card,
  // "match 62" on a one-line entry further down).
  const read = (heading: string) =>
    page
      .getByRole('region', { name: heading })
      .locator('li:has(> div h3 a), li:has(> a)')
      .evaluateAll((items) =>
        items.map((li) => ({
          title: (li.querySelector('h3 a') ?? li.querySelector(':scope > a'))?.textContent?.trim() ?? '',
          score: Number(/[Mm]atch:? (\d+)/.exec(li.textContent ?? '')?.[1]),
        })),
      );
  const pick = (list: Listed[]) => list.map(({ title, score }) => ({ title, score }));
  expect(await read('You could apply now')).toEqual(pick(api.applyNow));
  expect(await read('Roles to grow into')).toEqual(pick(api.growInto));
  expect(api.applyNow[0]?.title).toBe('Customer Service Representative');
});
