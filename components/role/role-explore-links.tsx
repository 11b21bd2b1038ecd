import { compareHref } from '@/lib/params/compare';
import { matchHref } from '@/lib/params/match';
import { pathsHref } from '@/lib/params/paths';
import Link from '@/components/ui/link';
import type { Role } from '@/lib/content/schemas';

/** Ways to take the role further; interactive pages only, so left off the printed handout. */
export function RoleExploreLinks({ role }: { role: Pick<Role, 'slug'> }) {
  const links = [
    { href: pathsHref({ from: role.slug }), label: 'See this role in the growth graph' },
    { href: matchHref({ target: role.slug }), label: 'Match your skills to this role' },
    { href: compareHref([role.slug]), label: 'Compare' },
  ];
  return (
    <aside aria-labelledby="explore-heading" data-print="hide" className="rounded-xl bg-slate-50 p-5 dark:bg-slate-900">
      <h2 id="explore-heading" className="text-lg font-semibold">
        Explore this role further
      </h2>
      <ul className="mt-3 flex flex-wrap gap-3">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="inline-flex min-h-11 items-center rounded-md border border-brand-600 bg-white px-4 py-2 font-semibold no-underline hover:bg-brand-50 dark:border-sky-300 dark:bg-slate-950 dark:hover:bg-slate-800"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
