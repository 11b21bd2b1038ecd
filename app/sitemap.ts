import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content/load';
import type { Content } from '@/lib/content/schemas';
import { absoluteUrl } from '@/lib/site';

/**
 * Pages that are not generated from content. List a page here once its route exists
 * (/paths, /match, /compare, /guides, /glossary, /search, /about are still to come).
 */
const staticPages = ['/', '/roles', '/skills'] as const;

/** One page per role and skill, and per guide once guides are written. */
function contentPages(content: Pick<Content, 'roles' | 'skills' | 'guides'>): string[] {
  return [
    ...content.roles.map((role) => `/roles/${role.slug}`),
    ...content.skills.map((skill) => `/skills/${skill.slug}`),
    ...content.guides.map((guide) => `/guides/${guide.slug}`),
  ];
}

export default function sitemap(): MetadataRoute.Sitemap {
  // No lastModified: the content carries no dates, and an invented one would mislead crawlers.
  return [...staticPages, ...contentPages(getContent())].map((path) => ({ url: absoluteUrl(path) }));
}
