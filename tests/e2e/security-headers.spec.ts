import { expect, test } from '@playwright/test';
import { expectSecurityHeaders } from '../support/security-headers';

// Every response carries the security headers: static pages, dynamic pages, 404s and assets.
const paths = [
  '/',
  '/roles/customer-service-representative',
  '/roles?track=leadership',
  '/roles/does-not-exist',
  '/robots.txt',
  '/healthz',
  '/api/v1/roles',
  '/api/v1/roles/does-not-exist',
  '/api/v1/match?skills=nope',
  '/api/v1/moves.csv',
];

for (const path of paths) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expectSecurityHeaders(response.headers());
  });
}

// Behind a reverse proxy the Host and X-Forwarded-* headers come from whoever sent the request: a
// forged one must neither drop the headers nor end up in the page's own links.
test('a forged host header changes neither the headers nor the addresses a page gives', async ({ request }) => {
  for (const path of ['/roles/customer-service-representative', '/match?skills=communication', '/roles/does-not-exist']) {
    const response = await request.get(path, { headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'http', Host: 'evil.example' } });
    expectSecurityHeaders(response.headers());
    expect(await response.text(), path).not.toContain('evil.example');
  }
});
