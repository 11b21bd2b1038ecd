import { ImageResponse } from 'next/og';
import { getContent } from '@/lib/content/load';
import { findBackground } from '@/lib/content/lookups';
import { siteName } from '@/lib/site';

// Rendered once per past job at build time with next/og's bundled font: no network needed.
export const alt = 'A past job, and where it leads in BPO';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().backgrounds.map((background) => ({ slug: background.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const background = findBackground(getContent(), (await params).slug);
  const title = background ? `From ${background.title.toLowerCase()} to BPO` : siteName;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#0b2a5b',
          color: '#ffffff',
        }}
      >
        <div style={{ display: 'flex', fontSize: 34, color: '#bfdbfe' }}>{siteName}</div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
          <div style={{ display: 'flex', fontSize: title.length > 28 ? 68 : 84, lineHeight: 1.1 }}>{title}</div>
          <div style={{ display: 'flex', fontSize: 32, lineHeight: 1.35, color: '#e2e8f0' }}>{background?.summary ?? ''}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 30, color: '#fde68a' }}>What carries over · Roles to apply for first · What to learn next</div>
      </div>
    ),
    size,
  );
}
