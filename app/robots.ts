import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  // /missing/ only serves the 404 page that unknown slugs are rewritten to.
  return { rules: { userAgent: '*', allow: '/', disallow: '/missing/' }, sitemap: absoluteUrl('/sitemap.xml') };
}
