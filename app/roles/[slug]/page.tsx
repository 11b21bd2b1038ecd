import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RoleDetail } from '@/components/role/role-detail';
import { getContent } from '@/lib/content/load';
import { findRole } from '@/lib/content/lookups';
import { absoluteUrl, siteName } from '@/lib/site';
import { jsonLdScriptText, occupationJsonLd } from '@/lib/structured-data';

// Unknown slugs never get here: proxy.ts sends them to the 404 with suggestions.
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().roles.map((role) => ({ slug: role.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const role = findRole(getContent(), (await params).slug);
  if (!role) return { title: 'Role not found' };
  const path = `/roles/${role.slug}`;
  return {
    title: role.title,
    description: role.summary,
    alternates: { canonical: path },
    // The image comes from opengraph-image.tsx beside this page.
    openGraph: { type: 'article', url: path, siteName, title: role.title, description: role.summary },
    twitter: { card: 'summary_large_image', title: role.title, description: role.summary },
  };
}

export default async function RolePage({ params }: { params: Promise<{ slug: string }> }) {
  const content = getContent();
  const role = findRole(content, (await params).slug);
  if (!role) notFound();
  const path = `/roles/${role.slug}`;
  return (
    <>
      <script
        type="application/ld+json"
        // Built from content only, with every `<` escaped, so nothing can end the tag early.
        dangerouslySetInnerHTML={{ __html: jsonLdScriptText(occupationJsonLd(content, role, absoluteUrl(path))) }}
      />
      <RoleDetail role={role} content={content} />
    </>
  );
}
