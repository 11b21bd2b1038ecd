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

test('the server under test is bound to loopback, as behind a reverse proxy', async ({ baseURL }) => {
  expect(new URL(baseURL!).hostname).toBe('127.0.0.1');
});
