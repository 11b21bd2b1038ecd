import { NextResponse, type NextRequest } from 'next/server';
import { getContent } from '@/lib/content/load';

// Not-found boundaries receive no params, so a 404 could not name the closest real pages.
// Unknown role, skill and guide slugs are rewritten (the address bar keeps the URL) to a dynamic
// route that answers 404 with suggestions, while the real pages stay static.
const sections = {
  roles: () => getContent().roles,
  skills: () => getContent().skills,
  guides: () => getContent().guides,
} as const;

export function proxy(request: NextRequest) {
  const [, section, slug, ...rest] = request.nextUrl.pathname.split('/');
  const list = section && section in sections ? sections[section as keyof typeof sections]() : undefined;
  if (!list || slug === undefined) return NextResponse.next();
  if (rest.length === 0 && list.some((item) => item.slug === slug)) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `/missing/${section}/${encodeURIComponent([slug, ...rest].join('/')) || '-'}`;
  target.search = '';
  return NextResponse.rewrite(target, { status: 404 });
}

export const config = {
  // Sub-resources of real pages (opengraph-image) pass through untouched.
  matcher: ['/roles/:slug', '/skills/:slug', '/guides/:slug'],
};
