import type { GetStaticPaths, GetStaticProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { SkillDetail } from '@/components/skill/skill-detail';
import { rolesNeedingSkill } from '@/lib/catalogue';
import { getContent } from '@/lib/content/load';
import { findSkill } from '@/lib/content/lookups';
import type { Content } from '@/lib/content/schemas';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

// Unknown slugs fall through to the 404 with suggestions (app/global-not-found.tsx).
export const getStaticPaths: GetStaticPaths = () => ({
  paths: getContent().skills.map((skill) => ({ params: { slug: skill.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { slug: string }> = ({ params }) => ({
  props: { slug: params!.slug, content: getContent() },
});

interface Props {
  slug: string;
  content: Content;
}

export default function SkillPage({ slug, content }: Props) {
  const skill = findSkill(content, slug)!;
  const title = `${skill.name} in BPO work`;
  return (
    <>
      <PageHead title={title} description={skill.description} path={`/skills/${skill.slug}`} openGraph={{ type: 'article', title }} />
      <SkillDetail skill={skill} needs={rolesNeedingSkill(content, skill.slug)} />
    </>
  );
}
