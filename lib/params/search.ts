import { singleValue, type Parsed, type SearchParams } from './shared';

export interface SearchQuery {
  /** What to search for; undefined when the box was left empty. */
  q: string | undefined;
}

/** `/search?q=...`: one query, trimmed and bounded; repeats and over-long input give notices. */
export function parseSearchParams(params: SearchParams): Parsed<SearchQuery> {
  const { value, notices } = singleValue(params, 'q');
  return {
    value: {
      q:
        value
          ?.replace(/\p{Cc}/gu, ' ')
          .replace(/\s+/g, ' ')
          .trim() || undefined,
    },
    notices,
  };
}

/** The address of the search results for `q`, the one way links to /search are written; the reverse of parseSearchParams. */
export function searchHref(q: string): string {
  const query = parseSearchParams({ q }).value.q;
  return query ? `/search?${new URLSearchParams({ q: query })}` : '/search';
}
