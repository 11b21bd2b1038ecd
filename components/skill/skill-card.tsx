import { LinkCard } from '@/components/ui/link-card';
import type { Skill } from '@/lib/content/schemas';
import { mutedTextClass } from '@/components/ui/styles';

/** A skill in the catalogue. */
export function SkillCard({ skill, roleCount }: { skill: Pick<Skill, 'slug' | 'name' | 'description'>; roleCount: number }) {
  return (
    <LinkCard href={`/skills/${skill.slug}`} title={skill.name}>
      <p className={`line-clamp-3 ${mutedTextClass}`}>{skill.description}</p>
      <p className={`mt-auto pt-1 text-sm font-medium ${mutedTextClass}`}>
        Needed in {roleCount} {roleCount === 1 ? 'role' : 'roles'}
      </p>
    </LinkCard>
  );
}
