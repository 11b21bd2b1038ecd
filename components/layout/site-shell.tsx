import type { ReactNode } from 'react';
import { enhancementScript, SiteFrame } from './site-frame';

/** The App Router document: the root layout and the global 404 both render it. */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <SiteFrame interactive>{children}</SiteFrame>
        <script src={enhancementScript} defer />
      </body>
    </html>
  );
}
