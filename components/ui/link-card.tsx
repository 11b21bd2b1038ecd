import type { ReactNode } from 'react';
import Link from '@/components/ui/link';

/**
 * A card in a list of roles, skills or past jobs: the whole card is one link target, named by its
 * title, so a pointer anywhere on it follows the link and a screen reader hears the title once.
 */
export function LinkCard({
  href,
  title,
  heading: Heading = 'h3',
  roomy = false,
  children,
}: {
  href: string;
  title: string;
  heading?: 'h2' | 'h3';
  /** Wider gaps and tighter title lines, for cards whose titles wrap (roles). */
  roomy?: boolean;
  children: ReactNode;
}) {
  return (
    <article
      className={`relative flex h-full flex-col ${roomy ? 'gap-3' : 'gap-2'} rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition-colors hover:border-brand-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-300`}
    >
      <Heading className={roomy ? 'text-lg font-semibold leading-snug' : 'text-lg font-semibold'}>
        <Link href={href} className="no-underline after:absolute after:inset-0 after:rounded-xl hover:underline">
          {title}
        </Link>
      </Heading>
      {children}
    </article>
  );
}
