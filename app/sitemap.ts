import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content/load';
import type { Content } from '@/lib/content/schemas';
import { pageRoutes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

/**
 * The pages the route registry (lib/route-registry.json) puts in the sitemap, one per content item for a
 * `:slug` page. /search is left out there: its results pages are noindex, and planner, match and
 * compare views are query variants of the pages listed.
 */
export function sitemapPaths(content: Pick<Content, 'roles' | 'backgrounds' | 'skills' | 'guides'>): string[] {
  return pageRoutes
    .filter((page) => page.sitemap)
    .flatMap((page) => (page.slugsFrom ? content[page.slugsFrom].map((item) => page.path.replace(':slug', item.slug)) : [page.path]));
}

export default function sitemap(): MetadataRoute.Sitemap {
  // No lastModified: the content carries no dates, and an invented one would mislead crawlers.
  return sitemapPaths(getContent()).map((path) => ({ url: absoluteUrl(path) }));
}
