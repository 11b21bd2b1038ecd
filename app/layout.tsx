import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';
import { documentSettings, rootMetadata } from '@/lib/page-metadata';
import './globals.css';

export const metadata: Metadata = rootMetadata;

export const viewport: Viewport = { themeColor: [...documentSettings.themeColors] };

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
