import type { Metadata } from 'next';
import { absoluteUrl, siteDescription, siteName, siteUrl } from './site';

// The seam between the two routers: what every document carries and how a page describes itself,
// written once. pages/_document.tsx and components/layout/page-head.tsx write these as tags for the
// reading pages; the App Router's root layout and pages hand the same values to its metadata API.

export const documentSettings = {
  lang: 'en',
  bodyClassName: 'flex min-h-screen flex-col font-sans',
  themeColors: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
  /** The App Router serves these from app/favicon.ico and app/icon.svg; the reading pages link them. */
  icons: [
    { href: '/favicon.ico', sizes: '32x32', type: 'image/x-icon' },
    { href: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
  /** The one script every page loads: share buttons, the search shortcut and tooltip dismissal, without a framework. */
  enhancementScript: '/enhance.js',
} as const;

/** A page's title in the browser tab and in link previews' fallback: the page, then the site. */
export function documentTitle(title?: string): string {
  return title ? `${title} · ${siteName}` : siteName;
}

/** The site's own card (app/opengraph-image.tsx), for shared pages that have no card of their own. */
export const siteCard = { path: '/opengraph-image', alt: `${siteName}: BPO roles, the skills they take and where they lead` };

export interface PageMeta {
  /** Omitted on the home page, whose title is the site's name. */
  title?: string;
  description?: string;
  /** The page's own path (no query): canonical link and og:url. */
  path: string;
  /**
   * Open Graph card; `image` is a path on this site, a 1200×630 PNG. Every page has one, as any page
   * may be pasted into a chat: without it, a website card with the page's title and the site's image.
   */
  openGraph?: { type: 'article' | 'website'; title: string; image?: { path: string; alt: string } };
}

/** Every value a page's head carries, with absolute addresses from SITE_URL. */
export interface ResolvedPageMeta {
  title: string;
  description: string;
  canonical?: string;
  openGraph: { type: 'article' | 'website'; title: string; description: string; url: string; siteName: string; image: { url: string; alt: string } };
}

export function resolvePageMeta({ title, description = siteDescription, path, openGraph }: PageMeta): ResolvedPageMeta {
  const url = absoluteUrl(path);
  const image = openGraph?.image ?? siteCard;
  return {
    title: documentTitle(title),
    description,
    canonical: path === '/' ? undefined : url,
    openGraph: {
      type: openGraph?.type ?? 'website',
      title: openGraph?.title ?? title ?? siteName,
      description,
      url,
      siteName,
      image: { url: absoluteUrl(image.path), alt: image.alt },
    },
  };
}

/** The same head for an App Router page, as Next's metadata object. */
export function pageMetadata(meta: PageMeta): Metadata {
  const resolved = resolvePageMeta(meta);
  const og = resolved.openGraph;
  const image = { url: og.image.url, alt: og.image.alt, width: 1200, height: 630, type: 'image/png' };
  return {
    title: { absolute: resolved.title },
    description: resolved.description,
    alternates: resolved.canonical ? { canonical: resolved.canonical } : undefined,
    openGraph: { type: og.type, title: og.title, description: og.description, url: og.url, siteName: og.siteName, images: [image] },
    // Only the card size: X reads the title, description and image from the og: tags when twitter: ones are absent.
    twitter: { card: 'summary_large_image' },
  };
}

/** Settings every App Router page inherits from the root layout. */
export const rootMetadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: siteName, template: documentTitle('%s') },
  description: siteDescription,
};
