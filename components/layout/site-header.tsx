'use client';

import Link from '@/components/ui/link';
import { siteName } from '@/lib/site';
import { SearchForm } from '@/components/search/search-form';
import { SearchTrigger } from '@/components/search/search-trigger';
import { siteNavLinks } from './site-nav-links';

function NavList({ className }: { className: string }) {
  return (
    <ul className={className}>
      {siteNavLinks.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className="inline-block py-1 font-medium no-underline hover:underline">
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * One line on a phone (name, search, a menu that opens without JavaScript), so the page's own
 * heading is on the first screen; the full navigation inline from the `sm` breakpoint up.
 * The phone menu is a popover, so the browser closes it on Escape and on a tap outside. A client
 * component so App Router pages carry it in a cached script, not in every response's payload.
 */
export function SiteHeader({ interactive }: { interactive: boolean }) {
  return (
    <header data-print="hide" className="border-b border-slate-200 dark:border-slate-800">
      <div className="relative mx-auto flex max-w-5xl items-center gap-x-4 px-4 py-2 sm:gap-x-6 sm:py-3">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline dark:text-white">
          {siteName}
        </Link>
        <nav aria-label="Main" className="hidden flex-1 sm:block">
          <NavList className="flex flex-wrap gap-x-4 gap-y-1" />
        </nav>
        <div className="ml-auto sm:ml-0">{interactive ? <SearchTrigger /> : <SearchForm />}</div>
        {/* A native popover: Escape and a tap outside close it, with or without JavaScript. */}
        <button
          type="button"
          popoverTarget="site-menu"
          className="flex min-h-11 cursor-pointer items-center gap-1 rounded-md border border-slate-400 px-3 font-medium [anchor-name:--site-menu] sm:hidden dark:border-slate-500"
        >
          Menu
          <span aria-hidden="true" className="text-xs">
            ▾
          </span>
        </button>
        <nav
          id="site-menu"
          popover="auto"
          aria-label="Main"
          className="site-menu m-0 h-auto w-full max-w-none border-0 border-b border-slate-200 bg-white px-4 py-2 text-inherit shadow-md sm:hidden dark:border-slate-800 dark:bg-slate-950"
        >
          <NavList className="mx-auto flex max-w-5xl flex-col" />
        </nav>
      </div>
    </header>
  );
}
