'use client';

import Link from '@/components/ui/link';
import { SourceNote, SuggestionMark } from '@/components/ui/provenance';
import { isEditorial } from '@/lib/content/editorial';
import { mutedTextClass } from '@/components/ui/styles';
import { moveKindLabels, skillLevelLabels } from '@/lib/labels';
import { pathsHref } from '@/lib/params/paths';
import type { PlannedRoute, RouteStep } from '@/lib/paths';
import type { RoutePlanNames } from '@/lib/paths-view';

// A client component so the page sends the routes and the names they use (a few KB of data) for
// hydration, not a copy of the drawn plan; the server still renders it in full.
type Content = RoutePlanNames;
const roleTitle = (content: Content, slug: string) => content.roles[slug] ?? slug;

/**
 * The planned routes as steps: shortest first, then the alternatives. On paper it is the handout on
 * its own (the graph is left off): numbered steps, what each takes, its advice open, and no words
 * pointing at the graph.
 */
export function RoutePlan({ routes, drawn = 0, content }: { routes: readonly PlannedRoute[]; drawn?: number; content: Content }) {
  const [shortest] = routes;
  if (!shortest) return null;
  const from = roleTitle(content, shortest.roles[0]!);
  const to = roleTitle(content, shortest.roles[shortest.roles.length - 1]!);
  return (
    <section aria-labelledby="plan-heading" className="mt-8">
      <h2 id="plan-heading" className="text-2xl font-bold">
        From {from} to {to}
      </h2>
      <p className={`mt-2 ${mutedTextClass}`}>
        The shortest route takes {moves(shortest.steps.length)}
        {routes.length > 1 ? `; ${routes.length - 1 === 1 ? 'one alternative is' : `${routes.length - 1} alternatives are`} listed after it.` : '.'}{' '}
        <span data-print="hide">
          {drawn === 0
            ? 'The graph below draws it, each step with its number and the start marked.'
            : `The graph below draws alternative ${drawn}, each step with its number.`}
        </span>
      </p>
      <RouteSteps route={shortest} index={0} content={content} />
      {routes.slice(1).map((route, i) => (
        <details key={route.roles.join('>')} className="mt-6 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
          <summary className="cursor-pointer text-lg font-semibold">
            Alternative {i + 1}: {moves(route.steps.length)}, {route.roles.map((slug) => roleTitle(content, slug)).join(' → ')}
          </summary>
          <RouteSteps route={route} index={i + 1} content={content} />
          <p className="mt-3" data-print="hide">
            <Link href={`${pathsHref({ from: shortest.roles[0], to: shortest.roles.at(-1), route: i + 1 })}#graph-heading`}>
              Draw alternative {i + 1} on the graph
            </Link>
          </p>
        </details>
      ))}
    </section>
  );
}

function RouteSteps({ route, index, content }: { route: PlannedRoute; index: number; content: Content }) {
  return (
    <section aria-labelledby={`route-${index}-heading`} className="mt-6" data-route={index}>
      <h3 id={`route-${index}-heading`} className="text-xl font-semibold">
        {index === 0 ? 'Shortest route' : `Alternative ${index}`}: {moves(route.steps.length)}
      </h3>
      <p className={`mt-1 ${mutedTextClass}`}>{route.roles.map((slug) => roleTitle(content, slug)).join(' → ')}</p>
      <ol className="mt-3 space-y-4">
        {route.steps.map((step, i) => (
          <li key={step.to} data-step-role={step.to} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <StepDetail step={step} number={i + 1} content={content} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function moves(count: number): string {
  return count === 1 ? 'one move' : `${count} moves`;
}

function StepDetail({ step, number, content }: { step: RouteStep; number: number; content: Content }) {
  const advice = step.advice.flatMap((slug) => content.advice[slug] ?? []);
  const metrics = content.metrics[step.to] ?? [];
  return (
    <>
      <h4 className="text-lg font-semibold">
        Step {number}: <Link href={`/roles/${step.to}`}>{roleTitle(content, step.to)}</Link>
        <span className={`ml-2 text-base font-normal ${mutedTextClass}`}>({moveKindLabels[step.kind]})</span>
        {isEditorial(step.source) && (
          <>
            {' '}
            <SuggestionMark />
          </>
        )}
      </h4>
      <p className="mt-1">{step.takes}</p>
      <SourceNote source={step.source} />
      <h5 className="mt-3 font-semibold">Skills to gain</h5>
      {step.skillsToGain.length === 0 ? (
        <p>None: the roles before this one already build every skill it needs.</p>
      ) : (
        <ul className="mt-1 list-disc pl-6" data-skills-to-gain="">
          {step.skillsToGain.map((gain) => (
            <li key={gain.skill}>
              <Link href={`/skills/${gain.skill}`}>{content.skills[gain.skill] ?? gain.skill}</Link>: {skillLevelLabels[gain.level].toLowerCase()}
              {gain.held ? ` (you have ${skillLevelLabels[gain.held].toLowerCase()})` : ' (new)'}
            </li>
          ))}
        </ul>
      )}
      {metrics.length > 0 && (
        <>
          <h5 className="mt-3 font-semibold">Metrics this role is judged on</h5>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" data-print-links="plain" data-step-metrics="">
            {metrics.map(({ slug, name }) => (
              <li key={slug}>
                <Link href={`/glossary#${slug}`}>{name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {step.certifications.length > 0 && (
        <>
          <h5 className="mt-3 font-semibold">Certifications that help</h5>
          <ul className="mt-1 list-disc pl-6">
            {step.certifications.map((slug) => (
              <li key={slug}>{content.certifications[slug] ?? slug}</li>
            ))}
          </ul>
        </>
      )}
      {advice.length > 0 && (
        <details className="mt-3" data-print="open">
          <summary className="cursor-pointer font-semibold">
            Advice for a {moveKindLabels[step.kind].toLowerCase()} ({advice.length})
          </summary>
          <ul className="mt-1 list-disc pl-6">
            {advice.map((a) => (
              <li key={a.title}>
                <strong>{a.title}.</strong> {a.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
