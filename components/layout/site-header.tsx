import Link from '@/components/ui/link';
import { siteName } from '@/lib/site';
import { SearchTrigger } from '@/components/search/search-trigger';
import { siteNavLinks } from './site-nav-links';

export function SiteHeader() {
  return (
    <header data-print="hide" className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline dark:text-white">
          {siteName}
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {siteNavLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="font-medium no-underline hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchTrigger />
      </div>
    </header>
  );
}
