import { ImageResponse } from 'next/og';
import { ShareCardGround, shareCardSize } from '@/components/layout/share-card';
import { siteCard } from '@/lib/page-metadata';
import { siteDescription, siteName } from '@/lib/site';

// The card for shared pages without one of their own (match, paths, compare), rendered once at
// build time with next/og's bundled font: no network needed.
export const alt = siteCard.alt;
export const size = shareCardSize;
export const contentType = 'image/png';

export default function Image() {
  return new ImageResponse(
    <ShareCardGround centered>
      <div style={{ display: 'flex', fontSize: 84, lineHeight: 1.1 }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize: 36, lineHeight: 1.35, color: '#e2e8f0' }}>{siteDescription}</div>
    </ShareCardGround>,
    size,
  );
}
