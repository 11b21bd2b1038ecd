import Link from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { ShareButton } from '@/components/ui/share-button';
import type { Skill } from '@/lib/content/schemas';
import { mutedTextClass } from '@/components/ui/styles';

export function SkillHeader({ skill }: { skill: Skill }) {
  return (
    <header className="flex flex-col gap-4">
      <nav aria-label="Breadcrumb" data-print="hide" className="text-sm">
        <Link href="/skills">Skills</Link>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{skill.name}</h1>
      <p>{skill.kind === 'core' ? <Badge tone="core">Core skill</Badge> : <Badge tone="level">Role-specific skill</Badge>}</p>
      <p className={`max-w-3xl text-lg leading-relaxed ${mutedTextClass}`}>{skill.description}</p>
      <ShareButton path={`/skills/${skill.slug}`} title={skill.name} />
    </header>
  );
}
