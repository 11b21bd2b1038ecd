'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { closestSlugs } from '@/lib/suggest';

interface Candidate {
  href: string;
  label: string;
}

/**
 * Suggests the pages closest to the address that was not found. A client component only because
 * not-found boundaries receive no params; usePathname still renders on the server, so the
 * suggestions arrive with the HTML.
 */
export function NotFoundSuggestions({ candidates }: { candidates: Candidate[] }) {
  const pathname = usePathname() ?? '';
  const section = pathname.split('/')[1] ?? '';
  let requested = '';
  try {
    requested = decodeURIComponent(pathname.split('/').slice(2).join('/'));
  } catch {
    requested = pathname;
  }
  const inSection = candidates.filter((c) => c.href.startsWith(`/${section}/`));
  const pool = inSection.length > 0 ? inSection : candidates;
  const slugOf = (href: string) => href.split('/').pop() ?? href;
  const best = closestSlugs(requested, pool.map((c) => slugOf(c.href)), 3);
  const suggestions = best.map((slug) => pool.find((c) => slugOf(c.href) === slug)).filter((c): c is Candidate => !!c);

  return (
    <section aria-labelledby="suggestions-heading" className="mt-6">
      <h2 id="suggestions-heading" className="text-xl font-semibold">
        Did you mean
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {suggestions.map((s) => (
          <li key={s.href}>
            <Link href={s.href}>{s.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
