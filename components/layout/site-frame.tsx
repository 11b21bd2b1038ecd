import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * What every page shows around its content. App Router pages get it from the root layout and
 * Pages Router reading pages from pages/_app.tsx; `interactive` is true only where React runs, so
 * the header can offer the instant-search dialog there and a plain search form elsewhere.
 */
export function SiteFrame({ children, interactive }: { children: ReactNode; interactive: boolean }) {
  return (
    <>
      <a
        href="#main"
        data-print="hide"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <SiteHeader interactive={interactive} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
