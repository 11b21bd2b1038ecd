import type { GetStaticProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { PageIntro } from '@/components/ui/detail-section';
import type { Content } from '@/lib/content/schemas';
import { SkillGroup } from '@/components/skill/skill-group';
import { skillsByKind } from '@/lib/catalogue';
import { getContent } from '@/lib/content/load';

const description = 'The skills BPO jobs ask for: the seven core skills every role draws on, and the skills specific to each kind of work.';

// A reading page: plain HTML and the small enhancement script, no framework (docs/performance.md).
export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ content: Content }> = () => ({ props: { content: getContent() } });

export default function SkillsPage({ content }: { content: Content }) {
  const { core, industry, roleSpecific } = skillsByKind(content.skills);
  return (
    <div className="flex flex-col gap-12">
      <PageHead title="Skills" description={description} path="/skills" openGraph={{ type: 'website', title: 'BPO skills' }} />
      <PageIntro title="Skills" lead="What each skill means in BPO work, the roles that need it, how to build it and how to put it on your CV." />
      <SkillGroup id="core" title="Core skills" intro="The seven key skills that BPO jobs of every kind draw on." skills={core} content={content} />
      {/* The id is the retired skill's slug: /skills/industry-knowledge redirects here. */}
      <SkillGroup
        id="industry-knowledge"
        title="Industry knowledge"
        intro="Specialized BPO work asks for knowledge of its niche, or a certification in it. Each niche is its own skill, because knowing healthcare does not make someone ready for mortgage files."
        skills={industry}
        content={content}
      />
      <SkillGroup
        id="role-specific"
        title="Role-specific skills"
        intro="Skills that particular roles ask for on top of the core ones."
        skills={roleSpecific}
        content={content}
      />
    </div>
  );
}
