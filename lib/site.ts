/** Public origin used for canonical URLs, the sitemap and printed addresses. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
export const siteName = 'BPO Career Paths';
export const siteDescription =
  'Explore Business Process Outsourcing roles: what each job is, the skills it takes, and where it leads.';

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
