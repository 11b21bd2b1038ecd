import type { Content } from './content/schemas';
import { closestBackgrounds } from './backgrounds';
import { closestSlugs } from './suggest';

export interface PageLink {
  href: string;
  label: string;
}

/**
 * The three pages closest to a path that was not found, preferring its own section. Without a path
 * (outside roles, past jobs, skills and guides there is nothing to be close to), places to start: entry roles.
 */
export function notFoundSuggestions(content: Content, requestedPath: string | null, count = 3): PageLink[] {
  if (!requestedPath) {
    return content.roles
      .filter((role) => role.level === 'entry')
      .slice(0, count)
      .map((r) => ({ href: `/roles/${r.slug}`, label: r.title }));
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
    backgrounds: content.backgrounds.map((b) => ({ href: `/backgrounds/${b.slug}`, label: b.title })),
    guides: content.guides.map((g) => ({ href: `/guides/${g.slug}`, label: g.title })),
  };
  // A past job is found by any title people call it ("/backgrounds/waiter" suggests the food server).
  if (section === 'backgrounds' && requested && content.backgrounds.length) {
    return closestBackgrounds(requested.replace(/-/g, ' '), content.backgrounds, count).map((b) => ({ href: `/backgrounds/${b.slug}`, label: b.title }));
  }
  const pool = pages[section]?.length ? pages[section] : pages.roles!;
  const slugOf = (link: PageLink) => link.href.split('/').pop() ?? '';
  return closestSlugs(requested || section, pool.map(slugOf), count)
    .map((slug) => pool.find((link) => slugOf(link) === slug))
    .filter((link): link is PageLink => link !== undefined);
}

/** Request header through which proxy.ts tells the not-found page which path was asked for. */
export const requestedPathHeader = 'x-requested-path';
