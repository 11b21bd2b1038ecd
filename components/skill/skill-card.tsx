import Link from '@/components/ui/link';
import type { Skill } from '@/lib/content/schemas';
import { mutedTextClass } from '@/components/ui/styles';

/** A skill in the catalogue; the whole card is one link target, named by the skill. */
export function SkillCard({ skill, roleCount }: { skill: Pick<Skill, 'slug' | 'name' | 'description'>; roleCount: number }) {
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition-colors hover:border-brand-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-sky-300">
      <h3 className="text-lg font-semibold">
        <Link href={`/skills/${skill.slug}`} className="no-underline after:absolute after:inset-0 after:rounded-xl hover:underline">
          {skill.name}
        </Link>
      </h3>
      <p className={`line-clamp-3 ${mutedTextClass}`}>{skill.description}</p>
      <p className={`mt-auto pt-1 text-sm font-medium ${mutedTextClass}`}>
        Needed in {roleCount} {roleCount === 1 ? 'role' : 'roles'}
      </p>
    </article>
  );
}
