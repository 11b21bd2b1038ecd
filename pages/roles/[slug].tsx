import { PageHead } from '@/components/layout/page-head';
import { RoleDetail } from '@/components/role/role-detail';
import { pagePerSlug, slugAndContent, type SlugPageProps } from '@/lib/content/static-pages';
import { findRole } from '@/lib/content/lookups';
import { absoluteUrl, siteName } from '@/lib/site';
import { jsonLdScriptText, occupationJsonLd } from '@/lib/structured-data';

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
      <script
        type="application/ld+json"
        // Built from content only, with every `<` escaped, so nothing can end the tag early.
        dangerouslySetInnerHTML={{ __html: jsonLdScriptText(occupationJsonLd(content, role, absoluteUrl(path))) }}
      />
      <RoleDetail role={role} content={content} />
    </>
  );
}
