import Link from '@/components/ui/link';
import { defaultSkillLevel, type NextSkill } from '@/lib/match';
import { skillLevelLabels } from '@/lib/labels';
import { mutedTextClass } from '@/components/ui/styles';

const shown = 3;

function titles(roles: readonly { title: string }[]): string {
  return roles.map((r) => r.title).join(', ');
}

/**
 * The missing skills that matter most for the roles the person could apply for now or reach in one
 * move (named, so the advice says which roles it counted), each with what it would change.
 */
export function NextSkills({ next, nearby }: { next: readonly NextSkill[]; nearby: readonly { title: string }[] }) {
  if (nearby.length === 0) return null;
  return (
    <section aria-labelledby="next-skill-heading" className="mt-8">
      <h2 id="next-skill-heading" className="text-2xl font-semibold">
        The next skill worth learning
      </h2>
      <p className={`mt-1 text-sm ${mutedTextClass}`}>
        Counting only the roles you could apply for now or reach in one move ({titles(nearby)}), if you learnt the skill to a{' '}
        {skillLevelLabels[defaultSkillLevel].toLowerCase()} level.
      </p>
      {next.length === 0 ? (
        <p className="mt-2">You have every skill these roles list; raising the levels you hold is the next step.</p>
      ) : (
        <NextSkillList next={next} />
      )}
    </section>
  );
}

/** The first few next skills, each with what learning it would change: shared by the match and the past-job pages. */
export function NextSkillList({ next }: { next: readonly NextSkill[] }) {
  return (
    <ol className="mt-2 list-decimal space-y-2 pl-6">
      {next.slice(0, shown).map((skill) => (
        <li key={skill.skill}>
          Learning <Link href={`/skills/${skill.skill}`}>{skill.name}</Link> would{' '}
          {[
            skill.opens.length > 0 && `open ${titles(skill.opens)} to apply for`,
            skill.strong.length > 0 && `make ${skill.strong.map((r) => `${r.title} (${r.score})`).join(', ')} a strong match`,
          ]
            .filter(Boolean)
            .join(' and ') ||
            `raise your match with ${skill.rolesRaised === 1 ? 'one of them' : `${skill.rolesRaised} of them`}, above all ${skill.biggestRise.title} (from ${skill.biggestRise.from} to ${skill.biggestRise.to})`}
          .
        </li>
      ))}
    </ol>
  );
}
