import { pageRoutes } from '@/lib/routes';

/** Header navigation: the pages the route registry (lib/route-registry.json) gives a label, in its order. */
export const siteNavLinks: { href: string; label: string }[] = pageRoutes.flatMap((page) => (page.nav ? [{ href: page.path, label: page.nav }] : []));
