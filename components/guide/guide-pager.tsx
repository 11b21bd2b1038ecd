import Link from '@/components/ui/link';
import type { GuideMeta } from '@/lib/content/schemas';
import { mutedTextClass } from '@/components/ui/styles';

/** Previous and next guide, in reading order; rel tells browsers and readers the sequence. */
export function GuidePager({ previous, next }: { previous?: GuideMeta; next?: GuideMeta }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="More guides" data-print="hide" className="mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
      {previous && <PagerLink rel="prev" guide={previous} />}
      {next && <PagerLink rel="next" guide={next} />}
    </nav>
  );
}

function PagerLink({ rel, guide }: { rel: 'prev' | 'next'; guide: GuideMeta }) {
  // The next guide keeps the right-hand column even when there is no previous one.
  const side = rel === 'next' ? 'sm:col-start-2 sm:text-right' : '';
  return (
    <Link
      rel={rel}
      href={`/guides/${guide.slug}`}
      className={`rounded-lg border border-slate-200 p-4 no-underline hover:border-brand-600 ${side} dark:border-slate-800 dark:hover:border-sky-300`}
    >
      <span className={`block text-sm ${mutedTextClass}`}>{rel === 'prev' ? 'Previous guide' : 'Next guide'}</span>
      <span className="mt-1 block font-semibold underline">{guide.title}</span>
    </Link>
  );
}
