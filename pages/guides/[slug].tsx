import type { GetStaticProps } from 'next';
import { GuideBody } from '@/components/guide/guide-body';
import { compileGuideCode } from '@/components/guide/mdx';
import { GuidePager } from '@/components/guide/guide-pager';
import { GuideToc } from '@/components/guide/guide-toc';
import { PageHead } from '@/components/layout/page-head';
import { getContent } from '@/lib/content/load';
import { pagePerSlug } from '@/lib/content/static-pages';
import type { Content } from '@/lib/content/schemas';
import { guideHeadings, guideNeighbours, readingMinutes } from '@/lib/guides';
import { mutedTextClass } from '@/components/ui/styles';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

export const getStaticPaths = pagePerSlug((content) => content.guides);

export const getStaticProps: GetStaticProps<Props, { slug: string }> = async ({ params }) => {
  const content = getContent();
  const guide = content.guides.find((g) => g.slug === params!.slug)!;
  return { props: { slug: guide.slug, code: await compileGuideCode(guide.source), content } };
};

interface Props {
  slug: string;
  /** The guide's MDX compiled at build time. */
  code: string;
  content: Content;
}

export default function GuidePage({ slug, code, content }: Props) {
  const guide = content.guides.find((g) => g.slug === slug)!;
  const { previous, next } = guideNeighbours(content.guides, guide.slug);
  return (
    <article className="max-w-prose">
      <PageHead title={guide.title} description={guide.summary} path={`/guides/${guide.slug}`} />
      <h1 className="text-3xl font-bold">{guide.title}</h1>
      <p className={`mt-2 text-lg ${mutedTextClass}`}>{guide.summary}</p>
      <p className={`mt-2 text-sm ${mutedTextClass}`}>{readingMinutes(guide.source)} min read</p>
      <GuideToc headings={guideHeadings(guide.source)} />
      <GuideBody code={code} content={content} />
      <GuidePager previous={previous} next={next} />
    </article>
  );
}
