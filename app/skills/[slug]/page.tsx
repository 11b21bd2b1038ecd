import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SkillDetail } from '@/components/skill/skill-detail';
import { rolesNeedingSkillAtLevel } from '@/lib/catalogue';
import { getContent } from '@/lib/content/load';
import { findSkill } from '@/lib/content/lookups';
import { siteName } from '@/lib/site';

// Unknown slugs never get here: proxy.ts sends them to the 404 with suggestions.
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().skills.map((skill) => ({ slug: skill.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const skill = findSkill(getContent(), (await params).slug);
  if (!skill) return { title: 'Skill not found' };
  const path = `/skills/${skill.slug}`;
  const title = `${skill.name} in BPO work`;
  return {
    title,
    description: skill.description,
    alternates: { canonical: path },
    openGraph: { type: 'article', url: path, siteName, title, description: skill.description },
  };
}

export default async function SkillPage({ params }: { params: Promise<{ slug: string }> }) {
  const content = getContent();
  const skill = findSkill(content, (await params).slug);
  if (!skill) notFound();
  return <SkillDetail skill={skill} needs={rolesNeedingSkillAtLevel(content, skill.slug)} />;
}
