import type { Metadata } from 'next';
import { PathsPage } from '@/components/paths/paths-page';
import { contentGraphLayout, contentNeighbourhoodLayout } from '@/lib/content/graph-layouts';
import { getContent } from '@/lib/content/load';
import { findRole } from '@/lib/content/lookups';
import { parsePathsParams } from '@/lib/params/paths';
import type { SearchParams } from '@/lib/params/shared';
import { pathsTitle, pathsView } from '@/lib/paths-view';
import { pageMetadata, siteCard } from '@/lib/page-metadata';

type Props = { searchParams: Promise<SearchParams> };

const description = 'Where each BPO role can lead, and the route from the role you have to the one you want.';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const content = getContent();
  const { from, to } = parsePathsParams(
    await searchParams,
    content.roles.map((r) => r.slug),
  ).value;
  const title = pathsTitle(from ? findRole(content, from) : undefined, to ? findRole(content, to) : undefined);
  return pageMetadata({ title, description, path: '/paths', openGraph: { type: 'website', title, image: siteCard } });
}

export default async function Paths({ searchParams }: Props) {
  const content = getContent();
  const { value, notices } = parsePathsParams(
    await searchParams,
    content.roles.map((r) => r.slug),
  );
  const view = pathsView(content, value, notices);
  // ELK runs on the server only (laid out once per process).
  const [layout, neighbourhood] = await Promise.all([contentGraphLayout(), view.fromRole ? contentNeighbourhoodLayout(view.fromRole.slug) : undefined]);
  return <PathsPage view={view} content={content} layout={layout} neighbourhood={neighbourhood} />;
}
