import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RoleDetail } from '@/components/role/role-detail';
import { getContent } from '@/lib/content/load';
import { findRole } from '@/lib/content/lookups';

// Unknown slugs never get here: proxy.ts sends them to the 404 with suggestions.
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().roles.map((role) => ({ slug: role.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const role = findRole(getContent(), (await params).slug);
  if (!role) return { title: 'Role not found' };
  return { title: role.title, description: role.summary, alternates: { canonical: `/roles/${role.slug}` } };
}

export default async function RolePage({ params }: { params: Promise<{ slug: string }> }) {
  const content = getContent();
  const role = findRole(content, (await params).slug);
  if (!role) notFound();
  return <RoleDetail role={role} content={content} />;
}
