import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideBody } from '@/components/guide/guide-body';
import { GuidePager } from '@/components/guide/guide-pager';
import { GuideToc } from '@/components/guide/guide-toc';
import { getContent } from '@/lib/content/load';
import { guideHeadings, guideNeighbours, readingMinutes } from '@/lib/guides';

// Unknown slugs never get here: proxy.ts sends them to the 404 with suggestions.
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().guides.map((guide) => ({ slug: guide.slug }));
}

function findGuide(slug: string) {
  return getContent().guides.find((guide) => guide.slug === slug);
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const guide = findGuide((await params).slug);
  if (!guide) return { title: 'Guide not found' };
  return { title: guide.title, description: guide.summary, alternates: { canonical: `/guides/${guide.slug}` } };
}

export default async function GuidePage({ params }: { params: Promise<{ slug: string }> }) {
  const content = getContent();
  const guide = findGuide((await params).slug);
  if (!guide) notFound();
  const { previous, next } = guideNeighbours(content.guides, guide.slug);
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold">{guide.title}</h1>
      <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{guide.summary}</p>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{readingMinutes(guide.source)} min read</p>
      <GuideToc headings={guideHeadings(guide.source)} />
      <GuideBody source={guide.source} content={content} />
      <GuidePager previous={previous} next={next} />
    </article>
  );
}
