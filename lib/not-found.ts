import type { Content } from './content/schemas';
import { closestSlugs } from './suggest';

export interface PageLink {
  href: string;
  label: string;
}

/**
 * The three pages closest to a path that was not found, preferring its own section. Without a path
 * (outside roles, skills and guides there is nothing to be close to), places to start: entry roles.
 */
export function notFoundSuggestions(content: Content, requestedPath: string | null, count = 3): PageLink[] {
  if (!requestedPath) {
    return content.roles.filter((role) => role.level === 'entry').slice(0, count).map((r) => ({ href: `/roles/${r.slug}`, label: r.title }));
  }
  const [, section = '', ...rest] = requestedPath.split('/');
  let requested = rest.join('/');
  try {
    requested = decodeURIComponent(requested);
  } catch {
    // Broken percent-encoding: match on the raw text.
  }
  const pages: Record<string, PageLink[]> = {
    roles: content.roles.map((r) => ({ href: `/roles/${r.slug}`, label: r.title })),
    skills: content.skills.map((s) => ({ href: `/skills/${s.slug}`, label: s.name })),
    guides: content.guides.map((g) => ({ href: `/guides/${g.slug}`, label: g.title })),
  };
  const pool = pages[section]?.length ? pages[section] : pages.roles!;
  const slugOf = (link: PageLink) => link.href.split('/').pop() ?? '';
  return closestSlugs(requested || section, pool.map(slugOf), count)
    .map((slug) => pool.find((link) => slugOf(link) === slug))
    .filter((link): link is PageLink => link !== undefined);
}

/** Request header through which proxy.ts tells the not-found page which path was asked for. */
export const requestedPathHeader = 'x-requested-path';
