import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/layout/not-found-page';
import { getContent } from '@/lib/content/load';
import { notFoundSuggestions } from '@/lib/not-found';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * Target of proxy.ts's rewrite for unknown role, skill and guide slugs. Rendered as a normal page
 * (the proxy sets the 404 status) because notFound() in Next 16 production sends the boundary only
 * inside the RSC payload, leaving a blank page without JavaScript.
 */
export default async function MissingPage({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  let requested = slug;
  try {
    requested = decodeURIComponent(slug);
  } catch {
    // keep the raw text
  }
  return <NotFoundPage suggestions={notFoundSuggestions(getContent(), `/${section}/${requested}`)} />;
}
