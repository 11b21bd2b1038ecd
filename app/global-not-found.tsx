import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundPage } from '@/components/layout/not-found-page';
import { SiteShell } from '@/components/layout/site-shell';
import { getContent } from '@/lib/content/load';
import { notFoundSuggestions, requestedPathHeader } from '@/lib/not-found';
import { siteName } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = { title: `Page not found · ${siteName}`, robots: { index: false } };

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
