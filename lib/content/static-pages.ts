import type { GetStaticPaths, GetStaticProps } from 'next';
import { getContent } from './load';
import type { Content } from './schemas';

// What the pages with one page per content item (roles, skills, past jobs, guides) and their share
// images share.

type Items = (content: Content) => readonly { slug: string }[];

/** The slug of every item, as the App Router's generateStaticParams gives them (a role's or past job's share image). */
export function slugParams(items: Items): () => { slug: string }[] {
  return () => items(getContent()).map(({ slug }) => ({ slug }));
}

/** One static page per item; unknown slugs fall through to the 404 with suggestions (app/global-not-found.tsx). */
export function pagePerSlug(items: Items): GetStaticPaths {
  return () => ({ paths: slugParams(items)().map((params) => ({ params })), fallback: false });
}

/** A page's props when it renders straight from the content: its slug and the content. */
export interface SlugPageProps {
  slug: string;
  content: Content;
}

export const slugAndContent: GetStaticProps<SlugPageProps, { slug: string }> = ({ params }) => ({
  props: { slug: params!.slug, content: getContent() },
});
