import Link from '@/components/ui/link';
import { defaultSkillLevel, type NextSkill } from '@/lib/match';
import { skillLevelLabels } from '@/lib/labels';
import { mutedTextClass } from './styles';

const shown = 5;

/** The missing skills that would bring the most roles to a strong match, each explained. */
export function NextSkills({ next, threshold }: { next: readonly NextSkill[]; threshold: number }) {
  return (
    <section aria-labelledby="next-skill-heading" className="mt-8">
      <h2 id="next-skill-heading" className="text-2xl font-semibold">
        The next skill worth learning
      </h2>
      <p className={`mt-1 ${mutedTextClass}`}>
        Skills you do not have yet, ranked by how many more roles each would make a strong match (a score of {threshold} or
        more), then by how many of your matches it would raise, if you learnt it to a{' '}
        {skillLevelLabels[defaultSkillLevel].toLowerCase()} level.
      </p>
      {next.length === 0 ? (
        <p className="mt-2">Every skill the roles need is already in your list; raising the levels you hold is the next step.</p>
      ) : (
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {next.slice(0, shown).map((skill) => (
            <li key={skill.skill}>
              Learning <Link href={`/skills/${skill.skill}`}>{skill.name}</Link>{' '}
              {skill.newStrongMatches.length > 0 ? (
                <>
                  would make {skill.newStrongMatches.length === 1 ? 'one more role' : `${skill.newStrongMatches.length} more roles`} a
                  strong match: {skill.newStrongMatches.map((role) => `${role.title} (${role.score})`).join(', ')}.
                </>
              ) : (
                <>
                  would raise your match with {skill.rolesRaised === 1 ? 'one role' : `${skill.rolesRaised} roles`}, most of all{' '}
                  {skill.biggestRise.title} (from {skill.biggestRise.from} to {skill.biggestRise.to}).
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
