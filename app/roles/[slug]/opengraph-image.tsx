import { ImageResponse } from 'next/og';
import { ShareCard, shareCardSize } from '@/components/layout/share-card';
import { getContent } from '@/lib/content/load';
import { slugParams } from '@/lib/content/static-pages';
import { findRole } from '@/lib/content/lookups';
import { levelLabels, trackLabels } from '@/lib/labels';
import { siteName } from '@/lib/site';

// Rendered once per role at build time.
export const alt = 'A role from BPO Career Paths';
export const size = shareCardSize;
export const contentType = 'image/png';
export const dynamicParams = false;

export const generateStaticParams = slugParams((content) => content.roles);

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const role = findRole(getContent(), (await params).slug);
  const facts = role ? `${trackLabels[role.track]} · ${levelLabels[role.level]}` : '';
  return new ImageResponse(<ShareCard title={role?.title ?? siteName} summary={role?.summary ?? ''} facts={facts} />, size);
}
