import { ImageResponse } from 'next/og';
import { siteCard } from '@/lib/page-metadata';
import { siteDescription, siteName } from '@/lib/site';

// The card for shared pages without one of their own (match, paths, compare), rendered once at
// build time with next/og's bundled font: no network needed.
export const alt = siteCard.alt;
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function Image() {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: 36,
        padding: '72px 80px',
        background: '#0b2a5b',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', fontSize: 84, lineHeight: 1.1 }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize: 36, lineHeight: 1.35, color: '#e2e8f0' }}>{siteDescription}</div>
    </div>,
    size,
  );
}
