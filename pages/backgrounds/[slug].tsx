import type { GetStaticProps } from 'next';
import { BackgroundDetail } from '@/components/background/background-detail';
import { backgroundPageTitle } from '@/components/background/background-header';
import { PageHead } from '@/components/layout/page-head';
import { backgroundGuide, type BackgroundGuide } from '@/lib/background-guide';
import { getContent } from '@/lib/content/load';
import { pagePerSlug } from '@/lib/content/static-pages';
import { findBackground } from '@/lib/content/lookups';
import { absoluteUrl, siteName } from '@/lib/site';
import { JsonLd } from '@/components/ui/json-ld';
import { backgroundJsonLd } from '@/lib/structured-data';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

export const getStaticPaths = pagePerSlug((content) => content.backgrounds);

export const getStaticProps: GetStaticProps<Props, { slug: string }> = ({ params }) => {
  const content = getContent();
  const background = findBackground(content, params!.slug)!;
  return {
    props: { guide: backgroundGuide(content, background), jsonLd: backgroundJsonLd(content, background, absoluteUrl(`/backgrounds/${background.slug}`)) },
  };
};

interface Props {
  guide: BackgroundGuide;
  jsonLd: Record<string, unknown>;
}

export default function BackgroundPage({ guide, jsonLd }: Props) {
  const { background } = guide;
  const path = `/backgrounds/${background.slug}`;
  const title = backgroundPageTitle(background);
  return (
    <>
      <PageHead
        title={title}
        description={`What carries over from work as ${background.title.toLowerCase()} to BPO, the roles to apply for first and what to learn next.`}
        path={path}
        openGraph={{ type: 'article', title, image: { path: `${path}/opengraph-image`, alt: `A past job, and where it leads in BPO, from ${siteName}` } }}
      />
      <JsonLd data={jsonLd} />
      <BackgroundDetail guide={guide} />
    </>
  );
}
