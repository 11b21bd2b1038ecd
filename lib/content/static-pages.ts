import type { GetStaticPaths, GetStaticProps } from 'next';
import { getContent } from './load';
import type { Content } from './schemas';

// What the reading pages with one page per content item (roles, skills, past jobs, guides) share.

/** One static page per item; unknown slugs fall through to the 404 with suggestions (app/global-not-found.tsx). */
export function pagePerSlug(items: (content: Content) => readonly { slug: string }[]): GetStaticPaths {
  return () => ({ paths: items(getContent()).map(({ slug }) => ({ params: { slug } })), fallback: false });
}

/** A page's props when it renders straight from the content: its slug and the content. */
export interface SlugPageProps {
  slug: string;
  content: Content;
}

export const slugAndContent: GetStaticProps<SlugPageProps, { slug: string }> = ({ params }) => ({
  props: { slug: params!.slug, content: getContent() },
});
