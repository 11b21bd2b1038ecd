import type { ReactNode } from 'react';
import Link from '@/components/ui/link';
import { SuggestionMark } from '@/components/ui/provenance';
import type { Certification } from '@/lib/content/schemas';
import { nameList } from '@/lib/labels';
import type { RoleMatch, SkillContribution } from '@/lib/match';
import type { RouteStop, TargetPlace } from '@/lib/match-view';
import { pathsHref } from '@/lib/params/paths';
import { heldVersusNeeded, routeSummary, ScoreBar } from './match-results';
import { mutedTextClass, panelClass } from '@/components/ui/styles';

/** Target mode: the gap to one role, the way in from where the person stands, and certifications that help. */
export function TargetGap({
  match,
  place,
  steps,
  certifications,
  clearHref,
  onClear,
}: {
  match: RoleMatch;
  place: TargetPlace;
  steps: readonly RouteStop[];
  certifications: readonly Pick<Certification, 'slug' | 'name' | 'description'>[];
  clearHref: string;
  onClear?: () => void;
}) {
  return (
    <section aria-labelledby="gap-heading" className={`mt-8 ${panelClass} border-brand-600 dark:border-sky-300`}>
      <h2 id="gap-heading" tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
        Your gap to <Link href={`/roles/${match.slug}`}>{match.title}</Link>
      </h2>
      <ScoreBar score={match.score} strong={match.strong} />
      {match.missingDefining.length > 0 && <p className="mt-1 font-medium">Missing what this role is hired for: {nameList(match.missingDefining)}</p>}
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <SkillColumn title="What you have" skills={match.matched} none={<p className={mutedTextClass}>None of its skills yet.</p>}>
          {(c) => (
            <>
              {c.name}: {heldVersusNeeded(c)}
            </>
          )}
        </SkillColumn>
        <SkillColumn title="What is missing" skills={match.missing} none={<p>Nothing: you have every skill it needs.</p>}>
          {(c) => (
            <>
              <Link href={`/skills/${c.skill}`}>{c.name}</Link> ({heldVersusNeeded(c)}
              {c.defining ? ', what the role is hired for' : c.key ? ', a key skill for the role' : ''})
            </>
          )}
        </SkillColumn>
      </div>

      <h3 className="mt-6 font-semibold">The way in from where you stand</h3>
      {place.kind === 'current' ? (
        <p>This is your current role.</p>
      ) : place.kind === 'apply-now' ? (
        <p>You could apply for it now{place.takes ? `. What the move takes: ${place.takes}` : '.'}</p>
      ) : place.kind === 'off-track' ? (
        <p>
          {place.reason === 'below'
            ? `${match.title} is a rung below the role you hold, so this guide does not suggest it as a step.`
            : `No route of moves in this guide leads to ${match.title} from the role you hold or the roles open to you now.`}
        </p>
      ) : place.option.route.length === 0 ? (
        <p>No role you have done or could start in leads to {match.title} in the growth paths we know.</p>
      ) : place.option.route.length === 1 ? (
        <p>{match.title} is an entry-level role: you could apply once you have what it is hired for.</p>
      ) : (
        <>
          <p className="mt-1">
            From {steps[0]?.title}, {routeSummary(place.option)}:
          </p>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {steps.map((step) => (
              <li key={step.slug}>
                <Link href={`/roles/${step.slug}`}>{step.title}</Link>
                {step.takes ? `: ${step.takes}` : ' (start)'} {step.suggested && <SuggestionMark />}
              </li>
            ))}
          </ol>
          <p className="mt-2">
            <Link href={pathsHref({ from: place.option.route[0], to: match.slug })}>Plan this route in detail</Link>
          </p>
        </>
      )}

      <h3 className="mt-6 font-semibold">Certifications that help</h3>
      {certifications.length ? (
        <ul className="mt-1 list-disc pl-6">
          {certifications.map((c) => (
            <li key={c.slug}>
              <strong>{c.name}</strong>: {c.description}
            </li>
          ))}
        </ul>
      ) : (
        <p className={mutedTextClass}>None listed for this role.</p>
      )}
      <p className="mt-4">
        <a
          href={clearHref}
          onClick={
            onClear &&
            ((event) => {
              event.preventDefault();
              onClear();
            })
          }
        >
          Stop showing the gap to {match.title}
        </a>
      </p>
    </section>
  );
}

/** One side of the gap: its skills as a list, each said by `children`, or what to say when there are none. */
function SkillColumn({
  title,
  skills,
  none,
  children,
}: {
  title: string;
  skills: readonly SkillContribution[];
  none: ReactNode;
  children: (contribution: SkillContribution) => ReactNode;
}) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {skills.length ? (
        <ul className="mt-1 list-disc pl-6">
          {skills.map((c) => (
            <li key={c.skill}>{children(c)}</li>
          ))}
        </ul>
      ) : (
        none
      )}
    </div>
  );
}
