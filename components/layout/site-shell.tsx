import type { ReactNode } from 'react';
import { documentSettings } from '@/lib/page-metadata';
import { SiteFrame } from './site-frame';

/** The App Router document: the root layout and the global 404 both render it. */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <html lang={documentSettings.lang}>
      <body className={documentSettings.bodyClassName}>
        <SiteFrame interactive>{children}</SiteFrame>
        <script src={documentSettings.enhancementScript} defer />
      </body>
    </html>
  );
}
