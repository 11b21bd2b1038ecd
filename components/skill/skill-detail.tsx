import { DetailSection } from '@/components/ui/detail-section';
import { PrintAddress } from '@/components/role/print-address';
import type { RoleNeed } from '@/lib/catalogue';
import type { Skill } from '@/lib/content/schemas';
import { SkillHeader } from './skill-header';
import { SkillRolesSection } from './skill-roles-section';

export function SkillDetail({ skill, needs }: { skill: Skill; needs: RoleNeed[] }) {
  return (
    <article className="flex flex-col gap-10">
      <SkillHeader skill={skill} />
      <SkillRolesSection needs={needs} />
      <DetailSection id="build" title="How to build it">
        <ol className="grid max-w-3xl list-decimal gap-3 pl-6 marker:font-semibold">
          {skill.howToBuild.map((way) => (
            <li key={way} className="pl-1 leading-relaxed">
              {way}
            </li>
          ))}
        </ol>
      </DetailSection>
      <DetailSection id="cv" title="On your CV" intro="If you have done BPO work, a line you can adapt to describe this skill:">
        <blockquote className="max-w-3xl border-l-4 border-brand-600 bg-slate-50 px-5 py-4 text-lg dark:border-sky-300 dark:bg-slate-900">
          {skill.cvLine}
        </blockquote>
        <p className="mt-4 max-w-3xl">
          <strong>No BPO job yet?</strong> Claim no job you have not had; show the skill with an example of your own instead. {skill.howToShow}
        </p>
      </DetailSection>
      <PrintAddress path={`/skills/${skill.slug}`} />
    </article>
  );
}
