import { describe, expect, it } from 'vitest';
import { searchParamsFromQuery } from '@/lib/params/match';
import { parseSearchParams, searchHref } from '@/lib/params/search';

describe('/search parameters', () => {
  it('reads and tidies the query', () => {
    expect(parseSearchParams({ q: '  team \n leader ' })).toEqual({ value: { q: 'team leader' }, notices: [] });
  });
  it('treats a missing or blank query as no query', () => {
    expect(parseSearchParams({}).value.q).toBeUndefined();
    expect(parseSearchParams({ q: '   ' }).value.q).toBeUndefined();
  });
  it('keeps the first of a repeated query and cuts an over-long one, with notices', () => {
    expect(parseSearchParams({ q: ['team', 'sla'] })).toEqual({ value: { q: 'team' }, notices: ['“q” was given more than once; the first value is used.'] });
    const long = parseSearchParams({ q: 'a'.repeat(5000) });
    expect(long.value.q).toHaveLength(200);
    expect(long.notices).toEqual(['“q” was too long and has been shortened.']);
  });
  it('writes the address of a query so that /search reads the same query back', () => {
    for (const q of ['team leader', 'C# & SQL?', '50% = half', 'café / crème', '  spaced   out ']) {
      const url = new URL(searchHref(q), 'https://example.org');
      expect(url.pathname).toBe('/search');
      expect(parseSearchParams(searchParamsFromQuery(url.search.slice(1)))).toEqual(parseSearchParams({ q }));
    }
    expect(searchHref('   ')).toBe('/search');
  });
});
