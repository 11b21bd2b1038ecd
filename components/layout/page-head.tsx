import Head from 'next/head';
import { type PageMeta, resolvePageMeta } from '@/lib/page-metadata';

export type { PageMeta } from '@/lib/page-metadata';

/**
 * The head of a Pages Router reading page: the tags the App Router's metadata API writes from the
 * same `pageMetadata()` values (lib/page-metadata.ts), with absolute addresses from SITE_URL.
 */
export function PageHead(meta: PageMeta) {
  const { title, description, canonical, openGraph } = resolvePageMeta(meta);
  const { image } = openGraph;
  return (
    <Head>
      <title>{title}</title>
      <meta name="description" content={description} />
      {canonical && <link rel="canonical" href={canonical} />}
      <meta property="og:title" content={openGraph.title} />
      <meta property="og:description" content={openGraph.description} />
      <meta property="og:url" content={openGraph.url} />
      <meta property="og:site_name" content={openGraph.siteName} />
      <meta property="og:image" content={image.url} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={image.alt} />
      <meta property="og:type" content={openGraph.type} />
      {/* Only the card size: X reads the title, description and image from the og: tags when twitter: ones are absent. */}
      <meta name="twitter:card" content="summary_large_image" />
    </Head>
  );
}
