import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content/load';
import type { Content } from '@/lib/content/schemas';
import { absoluteUrl } from '@/lib/site';

/**
 * Pages that are not generated from content. /search is left out: its results pages are noindex,
 * and planner, match and compare views are query variants of the pages listed here.
 */
const staticPages = ['/', '/roles', '/skills', '/backgrounds', '/paths', '/match', '/compare', '/guides', '/glossary', '/data', '/about'] as const;

/** One page per role, past job, skill and guide. */
function contentPages(content: Pick<Content, 'roles' | 'backgrounds' | 'skills' | 'guides'>): string[] {
  return [
    ...content.roles.map((role) => `/roles/${role.slug}`),
    ...content.backgrounds.map((background) => `/backgrounds/${background.slug}`),
    ...content.skills.map((skill) => `/skills/${skill.slug}`),
    ...content.guides.map((guide) => `/guides/${guide.slug}`),
  ];
}

export default function sitemap(): MetadataRoute.Sitemap {
  // No lastModified: the content carries no dates, and an invented one would mislead crawlers.
  return [...staticPages, ...contentPages(getContent())].map((path) => ({ url: absoluteUrl(path) }));
}
