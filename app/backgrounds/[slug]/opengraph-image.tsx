import { ImageResponse } from 'next/og';
import { ShareCard, shareCardSize } from '@/components/layout/share-card';
import { getContent } from '@/lib/content/load';
import { slugParams } from '@/lib/content/static-pages';
import { findBackground } from '@/lib/content/lookups';
import { siteName } from '@/lib/site';

// Rendered once per past job at build time.
export const alt = 'A past job, and where it leads in BPO';
export const size = shareCardSize;
export const contentType = 'image/png';
export const dynamicParams = false;

export const generateStaticParams = slugParams((content) => content.backgrounds);

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const background = findBackground(getContent(), (await params).slug);
  const title = background ? `From ${background.title.toLowerCase()} to BPO` : siteName;
  return new ImageResponse(
    <ShareCard title={title} summary={background?.summary ?? ''} facts="What carries over · Roles to apply for first · What to learn next" />,
    size,
  );
}
