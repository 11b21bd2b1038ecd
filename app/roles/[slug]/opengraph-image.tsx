import { ImageResponse } from 'next/og';
import { getContent } from '@/lib/content/load';
import { findRole } from '@/lib/content/lookups';
import { levelLabels, trackLabels } from '@/lib/labels';
import { siteName } from '@/lib/site';

// Rendered once per role at build time with next/og's bundled font: no network needed.
export const alt = 'A role from BPO Career Paths';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().roles.map((role) => ({ slug: role.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const role = findRole(getContent(), (await params).slug);
  const facts = role ? `${trackLabels[role.track]} · ${levelLabels[role.level]}` : '';
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
          <div style={{ display: 'flex', fontSize: role && role.title.length > 28 ? 68 : 84, lineHeight: 1.1 }}>{role?.title ?? siteName}</div>
          <div style={{ display: 'flex', fontSize: 32, lineHeight: 1.35, color: '#e2e8f0' }}>{role?.summary ?? ''}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 30, color: '#fde68a' }}>{facts}</div>
      </div>
    ),
    size,
  );
}
