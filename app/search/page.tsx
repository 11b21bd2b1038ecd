import type { Metadata } from 'next';
import { Button } from '@/components/ui/button';
import { SearchResults } from '@/components/search/search-results';
import { Notices } from '@/components/ui/notices';
import { getContent } from '@/lib/content/load';
import { parseSearchParams } from '@/lib/params/search';
import { maxParamLength, type SearchParams } from '@/lib/params/shared';
import { contentSearch, searchGrouped } from '@/lib/search-index';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search roles, skills, guides and glossary terms.',
  robots: { index: false },
};

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { value, notices } = parseSearchParams(await searchParams);
  return (
    <div>
      <h1 className="text-3xl font-bold">Search</h1>
      <Notices notices={notices} />
      <search>
        <form action="/search" className="mt-4 flex max-w-xl flex-wrap gap-2">
          <label htmlFor="search-page-q" className="w-full font-medium">
            Search roles, skills, guides and terms
          </label>
          <input
            id="search-page-q"
            type="search"
            name="q"
            defaultValue={value.q ?? ''}
            maxLength={maxParamLength}
            className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
          />
          <Button type="submit" variant="primary">
            Search
          </Button>
        </form>
      </search>
      {value.q ? (
        <SearchResults query={value.q} groups={searchGrouped(contentSearch(getContent()), value.q, { perGroup: 20 })} />
      ) : (
        <p className="mt-6">Type a role, a skill or a term — for example “team leader”, “empathy” or “AHT” — and press Search.</p>
      )}
    </div>
  );
}
