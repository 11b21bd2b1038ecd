import type { ReactNode } from 'react';
import { siteName } from '@/lib/site';

/** The size every Open Graph image is drawn at. */
export const shareCardSize = { width: 1200, height: 630 };

/**
 * The picture a link preview shows, drawn by next/og at build time with its bundled font (no
 * network): the site's name, the page's title and one line about it, and a line of facts.
 */
export function ShareCard({ title, summary, facts }: { title: string; summary: string; facts: string }) {
  return (
    <ShareCardGround>
      <div style={{ display: 'flex', fontSize: 34, color: '#bfdbfe' }}>{siteName}</div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
        {/* Long titles take a smaller size so they stay on two lines. */}
        <div style={{ display: 'flex', fontSize: title.length > 28 ? 68 : 84, lineHeight: 1.1 }}>{title}</div>
        <div style={{ display: 'flex', fontSize: 32, lineHeight: 1.35, color: '#e2e8f0' }}>{summary}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#fde68a' }}>{facts}</div>
    </ShareCardGround>
  );
}

/** The ground every share card is drawn on: the brand's dark blue, white type, wide margins; `centered` stacks a few lines in the middle. */
export function ShareCardGround({ centered = false, children }: { centered?: boolean; children: ReactNode }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: centered ? 'center' : 'space-between',
        ...(centered ? { gap: 36 } : {}),
        padding: '72px 80px',
        background: '#0b2a5b',
        color: '#ffffff',
      }}
    >
      {children}
    </div>
  );
}
