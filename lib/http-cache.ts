import { pageRoutes, resourceRoutes } from './routes';

/**
 * How long each kind of response may be kept, in one place (next.config.ts applies it; the README's
 * "Running it for many people" explains it). Every page is a pure function of its URL and the
 * content, and content only changes with a new deployment, so shared caches may keep pages; the
 * browser's own copy stays short so a new deployment reaches people within minutes.
 */
export const cachePolicy = {
  /** Pages built once from content: a CDN keeps them a day and may serve a stale copy for a week while it refreshes. */
  contentPage: 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800',
  /** Pages rendered from their query string (match, paths, compare, search, the filtered catalogue): keyed by full URL, kept briefly. */
  urlPage: 'public, max-age=60, s-maxage=600, stale-while-revalidate=3600',
  /** Health checks must reach the server itself. */
  uncached: 'no-store',
} as const;

/** Route patterns (next.config `headers()` syntax) for each policy, from the route registry (lib/route-registry.json). */
export const contentPageSources: readonly string[] = [
  ...pageRoutes.filter((page) => page.cache === 'contentPage').map((page) => page.path),
  ...resourceRoutes.contentPage,
];
export const urlPageSources: readonly string[] = pageRoutes.filter((page) => page.cache === 'urlPage').map((page) => page.path);
