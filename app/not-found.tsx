import { NotFoundPage } from '@/components/layout/not-found-page';
import { getContent } from '@/lib/content/load';

/** Any other unknown address: static, so it suggests the entry-level roles as places to start. */
export default function NotFound() {
  const entryRoles = getContent().roles.filter((role) => role.level === 'entry').slice(0, 3);
  return <NotFoundPage suggestions={entryRoles.map((r) => ({ href: `/roles/${r.slug}`, label: r.title }))} />;
}
