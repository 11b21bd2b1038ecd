/** Where the site runs when no public address is configured: fine on a laptop, wrong anywhere else. */
const defaultSiteUrl = 'http://localhost:3000';

/**
 * The public origin of canonical URLs, og:url, og:image, the sitemap and printed addresses. It is
 * fixed at build time (next.config.ts inlines SITE_URL), because static pages bake it in.
 */
export const siteUrl = (process.env.SITE_URL || defaultSiteUrl).replace(/\/+$/, '');
export const siteName = 'BPO Career Paths';
export const siteDescription = 'Explore Business Process Outsourcing roles: what each job is, the skills it takes, and where it leads.';

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Why a SITE_URL value cannot be used, or what is wrong with baking it in; undefined when it is fine. */
export function siteUrlProblem(value: string | undefined): { fatal: boolean; message: string } | undefined {
  if (!value) {
    return {
      fatal: false,
      message: `SITE_URL is not set, so canonical links, og:url, og:image and the sitemap will point at ${defaultSiteUrl}. Set SITE_URL=https://your-domain when building for a real deployment.`,
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { fatal: true, message: `SITE_URL "${value}" is not an absolute URL; use the public origin, e.g. https://careers.example.org` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { fatal: true, message: `SITE_URL "${value}" must start with https:// (or http://)` };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return { fatal: true, message: `SITE_URL "${value}" must be an origin only, without a path, e.g. ${url.origin}` };
  }
  if (['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(url.hostname)) {
    return { fatal: false, message: `SITE_URL is ${value}, a loopback address: shared links and social previews will not work outside this machine.` };
  }
  return undefined;
}
