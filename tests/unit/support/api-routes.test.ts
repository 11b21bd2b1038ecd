import { describe, expect, it } from 'vitest';
import { csvDownloads } from '@/lib/api/csv';
import { apiEndpoints } from '@/lib/api/endpoints';
import { apiRouteFileFor, apiRouteOf } from '../../support/api-routes';

// The test router reads app/api/v1 itself; these rows keep it honest about what Next.js would pick.
describe('the in-process API router', () => {
  it.each([
    ['/app/api/v1/route.ts', '/api/v1', true],
    ['/app/api/v1/roles/[slug]/route.ts', '/api/v1/roles/team-leader', true],
    ['/app/api/v1/roles/[slug]/route.ts', '/api/v1/roles/team-leader/extra', false],
    ['/app/api/v1/roles.csv/route.ts', '/api/v1/rolesXcsv', false],
    ['/app/api/v1/[...rest]/route.ts', '/api/v1/no/such/thing', true],
  ])('%s answers %s: %s', (file, pathname, answers) => {
    expect(apiRouteOf(file).pattern.test(pathname)).toBe(answers);
  });

  it.each(apiEndpoints.map((endpoint) => [endpoint.path, new URL(endpoint.example, 'http://x').pathname]))('sends %s to its own route file', (_, pathname) => {
    expect(apiRouteFileFor(pathname)).not.toMatch(/\[\.\.\.rest\]/);
  });

  it.each(csvDownloads.map((download) => `/api/v1/${download.file}`))('sends %s to its own route file', (pathname) => {
    expect(apiRouteFileFor(pathname)).toBe(`/app${pathname}/route.ts`);
  });

  it('sends an unknown path to the catch-all, which answers 404', () => {
    expect(apiRouteFileFor('/api/v1/nope')).toBe('/app/api/v1/[...rest]/route.ts');
  });
});
