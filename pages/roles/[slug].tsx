import { PageHead } from '@/components/layout/page-head';
import { RoleDetail } from '@/components/role/role-detail';
import { pagePerSlug, slugAndContent, type SlugPageProps } from '@/lib/content/static-pages';
import { findRole } from '@/lib/content/lookups';
import { absoluteUrl, siteName } from '@/lib/site';
import { JsonLd } from '@/components/ui/json-ld';
import { occupationJsonLd } from '@/lib/structured-data';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

export const getStaticPaths = pagePerSlug((content) => content.roles);

export const getStaticProps = slugAndContent;

export default function RolePage({ slug, content }: SlugPageProps) {
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
