import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundPage } from '@/components/layout/not-found-page';
import { SiteShell } from '@/components/layout/site-shell';
import { getContent } from '@/lib/content/load';
import { notFoundSuggestions, requestedPathHeader } from '@/lib/not-found';
import { documentTitle, rootMetadata } from '@/lib/page-metadata';
import './globals.css';

// metadataBase from the root: the site card this page inherits must point at SITE_URL, not at whatever host was asked.
export const metadata: Metadata = { ...rootMetadata, title: documentTitle('Page not found'), robots: { index: false } };

/**
 * Every unmatched address, including unknown role, past job, skill and guide slugs (their Pages
 * Router pages list their paths with `fallback: false`). It renders per request so it can suggest the closest real pages to the
 * path asked for, which proxy.ts passes on as a header; being its own route, that keeps every
 * real page static.
 */
export default async function GlobalNotFound() {
  const suggestions = notFoundSuggestions(getContent(), (await headers()).get(requestedPathHeader));
  return (
    <SiteShell>
      <NotFoundPage suggestions={suggestions} />
    </SiteShell>
  );
}
