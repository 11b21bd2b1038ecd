import { describe, expect, it } from 'vitest';
import { matchesEtag, safeJson } from '@/lib/api/http';
import { callApi } from '../../../support/api-routes';

describe('caching and sharing headers', () => {
  it('answers 200 with an ETag, then 304 with no body when the client sends it back', async () => {
    const first = await callApi('/api/v1/roles/team-leader');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toContain('public');
    expect(first.headers.get('api-version')).toBe('1');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('set-cookie')).toBeNull();

    const again = await callApi('/api/v1/roles/team-leader', { 'if-none-match': `W/${etag}, "other"` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');

    const other = await callApi('/api/v1/roles/trainer', { 'if-none-match': etag! });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('keeps content answers like content pages and query answers like URL-rendered pages; problems not at all', async () => {
    const { cachePolicy } = await import('@/lib/http-cache');
    expect((await callApi('/api/v1/graph')).headers.get('cache-control')).toBe(cachePolicy.contentPage);
    expect((await callApi('/api/v1/roles.csv')).headers.get('cache-control')).toBe(cachePolicy.contentPage);
    expect((await callApi('/api/v1/match?skills=empathy')).headers.get('cache-control')).toBe(cachePolicy.urlPage);
    expect((await callApi('/api/v1/paths?from=trainer')).headers.get('cache-control')).toBe(cachePolicy.urlPage);
    expect((await callApi('/api/v1/roles/nope')).headers.get('cache-control')).toBe(cachePolicy.uncached);
  });

  it('gives the same ETag for the same match however the skills are written', async () => {
    const a = await callApi('/api/v1/match?skills=communication:strong,empathy');
    const b = await callApi('/api/v1/match?skills=communication:strong&skills=empathy:working');
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
  });

  it('reads If-None-Match lists, weak tags and *', () => {
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag('*', '"b"')).toBe(true);
    expect(matchesEtag('"a"', '"b"')).toBe(false);
    expect(matchesEtag(null, '"b"')).toBe(false);
  });

  it('never writes markup characters into JSON, yet parses back to the same text', () => {
    const text = safeJson({ notice: '<script>x</script> & "q"' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ notice: '<script>x</script> & "q"' });
  });
});

describe('bad input', () => {
  it('an unknown role is a 404 problem suggesting the closest real ones', async () => {
    const response = await callApi('/api/v1/roles/team-leadr');
    expect(response.status).toBe(404);
    const problem = (await response.json()) as { status: number; suggestions: { slug: string; href: string }[] };
    expect(problem.status).toBe(404);
    expect(problem.suggestions[0]).toEqual({ slug: 'team-leader', label: 'Team Leader', href: '/api/v1/roles/team-leader' });
  });

  it('an unknown endpoint is a JSON 404 naming real endpoints', async () => {
    const response = await callApi('/api/v1/role');
    expect(response.status).toBe(404);
    const problem = (await response.json()) as { suggestions: { href: string }[] };
    expect(problem.suggestions.map((s) => s.href)).toContain('/api/v1/roles');
  });

  it('match parameters the page would drop answer 400 with the page’s own notices', async () => {
    const response = await callApi('/api/v1/match?skills=comunication,empathy:expert&target=team-leadr');
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { notices: string[] };
    expect(problem.notices).toEqual([
      'There is no skill called “comunication”; did you mean “communication”?',
      '“empathy:expert” has no level we know (basic, working or strong); working was assumed.',
      'There is no role called “team-leadr”; did you mean “team-leader”?',
    ]);
  });

  it('paths without a start, or with the same start and goal, answer 400; an unknown role suggests real ones', async () => {
    expect((await callApi('/api/v1/paths')).status).toBe(400);
    expect((await callApi('/api/v1/paths?to=trainer')).status).toBe(400);
    expect((await callApi('/api/v1/paths?from=trainer&to=trainer')).status).toBe(400);
    const response = await callApi('/api/v1/paths?from=customer-service-rep&to=team-leader');
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { suggestions: { slug: string; href: string }[] };
    expect(problem.suggestions[0]?.slug).toBe('customer-service-representative');
    expect(problem.suggestions[0]?.href).toBe('/api/v1/paths?from=customer-service-representative&to=team-leader');
  });

  it.each([
    '/api/v1/match?skills=%3Cscript%3Ebpoxss()%3C/script%3E',
    `/api/v1/match?skills=${'x'.repeat(10_000)}`,
    '/api/v1/match?__proto__=1&constructor=2&skills=__proto__',
    '/api/v1/paths?from=%E0%A4%A&to=%zz',
    '/api/v1/roles/%3Cimg%20src%3Dx%3E',
    '/api/v1/skills/__proto__',
    '/api/v1/schemas/__proto__',
  ])('%s is a problem document below 500 with no live markup', async (url) => {
    const response = await callApi(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toMatch(/<(script|img)/i);
  });
});

describe('addresses that do not decode', () => {
  it('answer the 404 their section would give, with suggestions', async () => {
    const { unreadableAddressProblem } = await import('@/lib/api/resources');
    const { getContent } = await import('@/lib/content/load');
    const role = unreadableAddressProblem(getContent(), ['roles', '\uFFFDtrainer']);
    expect(role.status).toBe(404);
    expect(role.suggestions[0]?.slug).toBe('trainer');
    expect(unreadableAddressProblem(getContent(), ['rolez\uFFFD']).suggestions.map((s) => s.href)).toContain('/api/v1/roles');
  });
});
