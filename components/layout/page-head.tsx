import Head from 'next/head';
import { absoluteUrl, siteDescription, siteName } from '@/lib/site';

export interface PageMeta {
  /** Omitted on the home page, whose title is the site's name. */
  title?: string;
  description?: string;
  /** The page's own path: canonical link and og:url. */
  path: string;
  /** Open Graph card; `image` is a path on this site. */
  openGraph?: { type: 'article' | 'website'; title: string; image?: { path: string; alt: string } };
}

/**
 * The head of a Pages Router reading page: the same tags the App Router's metadata API writes for
 * the interactive pages (title template, description, canonical, Open Graph, Twitter card), with
 * absolute addresses from SITE_URL.
 */
export function PageHead({ title, description = siteDescription, path, openGraph }: PageMeta) {
  const url = absoluteUrl(path);
  const image = openGraph?.image && { url: absoluteUrl(openGraph.image.path), alt: openGraph.image.alt };
  return (
    <Head>
      <title>{title ? `${title} · ${siteName}` : siteName}</title>
      <meta name="description" content={description} />
      {path !== '/' && <link rel="canonical" href={url} />}
      {openGraph && (
        <>
          <meta property="og:title" content={openGraph.title} />
          <meta property="og:description" content={description} />
          <meta property="og:url" content={url} />
          <meta property="og:site_name" content={siteName} />
          {image && (
            <>
              <meta property="og:image" content={image.url} />
              <meta property="og:image:type" content="image/png" />
              <meta property="og:image:width" content="1200" />
              <meta property="og:image:height" content="630" />
              <meta property="og:image:alt" content={image.alt} />
            </>
          )}
          <meta property="og:type" content={openGraph.type} />
          <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
          <meta name="twitter:title" content={openGraph.title} />
          <meta name="twitter:description" content={description} />
          {image && <meta name="twitter:image" content={image.url} />}
        </>
      )}
    </Head>
  );
}
