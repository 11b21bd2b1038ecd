import type { Metadata } from 'next';
import { PathsPage } from '@/components/paths/paths-page';
import { contentNeighbourhoodLayout } from '@/lib/content/graph-layouts';
import { getContent } from '@/lib/content/load';
import type { SearchParams } from '@/lib/params/shared';
import { pathsPageView } from '@/lib/paths-view';
import { pageMetadata } from '@/lib/page-metadata';

type Props = { searchParams: Promise<SearchParams> };

const description = 'Where each BPO role can lead, and the route from the role you have to the one you want.';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { title } = pathsPageView(getContent(), await searchParams);
  return pageMetadata({ title, description, path: '/paths' });
}

export default async function Paths({ searchParams }: Props) {
  const content = getContent();
  const view = pathsPageView(content, await searchParams);
  // A role's neighbourhood is laid out by ELK on the server, once per process and role.
  const neighbourhood = view.fromRole ? await contentNeighbourhoodLayout(view.fromRole.slug) : undefined;
  return <PathsPage view={view} content={content} neighbourhood={neighbourhood} />;
}
