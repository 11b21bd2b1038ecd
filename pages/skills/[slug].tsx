import { PageHead } from '@/components/layout/page-head';
import { SkillDetail } from '@/components/skill/skill-detail';
import { rolesNeedingSkill } from '@/lib/catalogue';
import { pagePerSlug, slugAndContent, type SlugPageProps } from '@/lib/content/static-pages';
import { findSkill } from '@/lib/content/lookups';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

export const getStaticPaths = pagePerSlug((content) => content.skills);

export const getStaticProps = slugAndContent;

export default function SkillPage({ slug, content }: SlugPageProps) {
  const skill = findSkill(content, slug)!;
  const title = `${skill.name} in BPO work`;
  return (
    <>
      <PageHead title={title} description={skill.description} path={`/skills/${skill.slug}`} openGraph={{ type: 'article', title }} />
      <SkillDetail skill={skill} needs={rolesNeedingSkill(content, skill.slug)} />
    </>
  );
}
