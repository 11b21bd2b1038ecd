import type { GetStaticPaths, GetStaticProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { RoleDetail } from '@/components/role/role-detail';
import { getContent } from '@/lib/content/load';
import { findRole } from '@/lib/content/lookups';
import type { Content } from '@/lib/content/schemas';
import { absoluteUrl, siteName } from '@/lib/site';
import { JsonLd } from '@/components/ui/json-ld';
import { occupationJsonLd } from '@/lib/structured-data';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

// Unknown slugs fall through to the 404 with suggestions (app/global-not-found.tsx).
export const getStaticPaths: GetStaticPaths = () => ({
  paths: getContent().roles.map((role) => ({ params: { slug: role.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { slug: string }> = ({ params }) => ({
  props: { slug: params!.slug, content: getContent() },
});

interface Props {
  slug: string;
  content: Content;
}

export default function RolePage({ slug, content }: Props) {
  const role = findRole(content, slug)!;
  const path = `/roles/${role.slug}`;
  return (
    <>
      <PageHead
        title={role.title}
        description={role.summary}
        path={path}
        openGraph={{ type: 'article', title: role.title, image: { path: `${path}/opengraph-image`, alt: `A role from ${siteName}` } }}
      />
      <JsonLd data={occupationJsonLd(content, role, absoluteUrl(path))} />
      <RoleDetail role={role} content={content} />
    </>
  );
}
