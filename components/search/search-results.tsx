import Link from '@/components/ui/link';
import type { SearchGroup } from '@/lib/search-index';
import { mutedTextClass } from '@/components/ui/styles';

/** Server-rendered results for /search, grouped by kind: the page people without JavaScript get. */
export function SearchResults({ query, groups }: { query: string; groups: SearchGroup[] }) {
  const total = groups.reduce((sum, group) => sum + group.hits.length, 0);
  return (
    <div className="mt-6">
      <p role="status">
        {total === 0 ? `Nothing matches “${query}”. Check the spelling, or try a shorter word.` : `${total} result${total === 1 ? '' : 's'} for “${query}”.`}
      </p>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`results-${group.kind}`} className="mt-6">
          <h2 id={`results-${group.kind}`} className="text-xl font-semibold">
            {group.label}
          </h2>
          <ul className="mt-2 space-y-3">
            {group.hits.map((hit) => (
              <li key={hit.id}>
                <Link href={hit.id} className="font-medium">
                  {hit.title}
                </Link>
                <p className={mutedTextClass}>{hit.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
