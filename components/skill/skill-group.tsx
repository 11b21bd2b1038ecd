import type { Content, Skill } from '@/lib/content/schemas';
import { rolesNeedingSkill } from '@/lib/catalogue';
import { SkillCard } from './skill-card';
import { mutedTextClass } from '@/components/ui/styles';

export function SkillGroup({ id, title, intro, skills, content }: { id: string; title: string; intro: string; skills: Skill[]; content: Content }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="flex scroll-mt-20 flex-col gap-4">
      <div>
        <h2 id={`${id}-heading`} className="text-2xl font-bold tracking-tight">
          {title} <span className="font-normal text-slate-600 dark:text-slate-400">({skills.length})</span>
        </h2>
        <p className={`mt-2 max-w-3xl ${mutedTextClass}`}>{intro}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {skills.map((skill) => (
          <li key={skill.slug}>
            <SkillCard skill={skill} roleCount={rolesNeedingSkill(content, skill.slug).length} />
          </li>
        ))}
      </ul>
    </section>
  );
}
