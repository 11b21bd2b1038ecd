import { SuggestionMark } from '@/components/ui/provenance';
import type { ReactNode } from 'react';
import type { MatchPlan, PrintedRouteStep } from '@/lib/handout';
import { levelLabels, moveKindLabels, nameList, skillLevelLabels } from '@/lib/labels';
import type { RoleMatch } from '@/lib/match';
import { absoluteUrl, siteName } from '@/lib/site';
import { PageQrCode } from './page-qr-code';

const lower = (text: string) => text.toLowerCase();

/**
 * The match page's handout: on paper, the plan a counselor hands over (the print styles show it
 * instead of the page), with the page's address as a QR code. The workspace draws it from the view
 * it shows, so it is on the server's page from the address and follows every pick in the browser.
 */
export function MatchHandout({ plan, path }: { plan: MatchPlan; path: string }) {
  if (plan.held.length === 0) return null;
  const work = plan.cvLines.flatMap((line) => (line.kind === 'work' ? [line] : []));
  const prompts = plan.cvLines.flatMap((line) => (line.kind === 'show-skill' ? [line] : []));
  return (
    <section data-handout="" aria-labelledby="handout-heading" className="hidden print:block">
      <PageQrCode path={path} />
      <h2 id="handout-heading" className="text-2xl font-bold">
        {`A career plan from ${siteName}`}
      </h2>
      <p className="mt-1 text-sm">{`Open it again, or change it, at ${absoluteUrl(path)}`}</p>

      <HandoutPart title="Your skills">
        <p>
          {plan.current && <>You work as a {plan.current.title} now. </>}
          {plan.backgrounds.length > 0 && <>Counted from your work before BPO ({plan.backgrounds.join(', ').toLowerCase()}) and your picks: </>}
          {`${plan.held.map((h) => `${h.name} (${lower(skillLevelLabels[h.level])})`).join(', ')}.`}
        </p>
      </HandoutPart>

      <HandoutPart title="You could apply now">
        {plan.applyNow.length === 0 ? (
          <p>None yet: you do not yet have most of what an entry role is hired for, or some of what a move from your role asks.</p>
        ) : (
          <ol className="list-decimal pl-5">
            {plan.applyNow.map((m) => (
              <li key={m.slug}>
                <Fit
                  match={m}
                  note={
                    m.via
                      ? `${lower(moveKindLabels[m.via.kind])} from the role you hold`
                      : m.entryPoint
                        ? `from your work before BPO: ${m.entryPoint.reason}`
                        : undefined
                  }
                  suggested={m.via ? m.via.suggested : m.entryPoint ? true : undefined}
                />
              </li>
            ))}
          </ol>
        )}
      </HandoutPart>

      {plan.goal?.place === 'grow-into' && (
        <HandoutPart title={`Your route to ${plan.goal.match.title}`}>
          {plan.goal.steps.length === 0 ? (
            <p>No known route leads there yet; its missing skills: {nameList(plan.goal.match.missing) || 'none'}.</p>
          ) : (
            <>
              <p>{`Start as ${plan.goal.start}, then:`}</p>
              <ol className="list-decimal pl-5">
                {plan.goal.steps.map((step) => (
                  <li key={step.slug}>
                    <Step step={step} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </HandoutPart>
      )}
      {plan.goal && plan.goal.place !== 'grow-into' && (
        <HandoutPart title={`Your goal: ${plan.goal.match.title}`}>
          <p>
            {plan.goal.place === 'current' ? 'This is the role you have now.' : 'You could apply for it now.'} <Fit match={plan.goal.match} />
          </p>
        </HandoutPart>
      )}
      {plan.growInto.length > 0 && (
        <HandoutPart title="Roles to grow into">
          <ol className="list-decimal pl-5">
            {plan.growInto.map((m) => (
              <li key={m.slug}>
                <Fit match={m} note={m.route.length > 1 ? `${m.moves === 1 ? 'one move' : `${m.moves} moves`}` : undefined} />
              </li>
            ))}
          </ol>
        </HandoutPart>
      )}

      {plan.nextSkill && (
        <HandoutPart title="The next skill worth learning">
          <p>
            {plan.nextSkill.name}: it would raise your match with {plan.nextSkill.rolesRaised === 1 ? 'one role' : `${plan.nextSkill.rolesRaised} roles`} you
            could apply for now or reach in one move, above all {plan.nextSkill.biggestRise.title} (from {plan.nextSkill.biggestRise.from} to{' '}
            {plan.nextSkill.biggestRise.to}).
          </p>
        </HandoutPart>
      )}

      {work.length > 0 && (
        <HandoutPart title="Lines for your CV, from work you have done">
          <ul className="list-disc pl-5">
            {work.map((line) => (
              <li key={line.text}>{line.text}</li>
            ))}
          </ul>
        </HandoutPart>
      )}
      {prompts.length > 0 && (
        <HandoutPart title="Show a skill with an example of your own">
          <p>These claim no job: prepare an answer to each for your CV or an interview.</p>
          <ul className="list-disc pl-5">
            {prompts.map((line) => (
              <li key={line.skill}>
                {plan.held.find((h) => h.skill === line.skill)?.name ?? line.skill}: {line.text}
              </li>
            ))}
          </ul>
        </HandoutPart>
      )}
    </section>
  );
}

function HandoutPart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mt-3">
      <h3 className="text-base font-semibold">{title}</h3>
      {children}
    </div>
  );
}

function Fit({ match, note, suggested }: { match: RoleMatch; note?: string | undefined; suggested?: true | undefined }) {
  const missing = match.missingDefining.length > 0 ? `; missing what it is hired for: ${nameList(match.missingDefining)}` : '';
  const toBuild = match.missing.length > match.missingDefining.length ? `; to build: ${nameList(match.missing.filter((c) => !c.defining))}` : '';
  // Whole phrases as single strings: the server's HTML then carries no separators between the parts.
  return (
    <>
      <strong>{match.title}</strong>
      {` (${lower(levelLabels[match.level])}${note ? `, ${note}` : ''})`}
      {suggested && (
        <>
          {' '}
          <SuggestionMark />
        </>
      )}
      {`: match ${match.score} out of 100${match.strong ? ', strong' : ''}${missing}${toBuild}.`}
    </>
  );
}

function Step({ step }: { step: PrintedRouteStep }) {
  return (
    <>
      <strong>{step.title}</strong> ({lower(moveKindLabels[step.kind])})
      {step.suggested && (
        <>
          {' '}
          <SuggestionMark />
        </>
      )}
      . {step.takes}
      <br />
      Skills to gain:{' '}
      {step.skillsToGain.length === 0
        ? 'none beyond what you and the roles before it bring'
        : step.skillsToGain
            .map((g) => `${g.name} (${lower(skillLevelLabels[g.level])}${g.held ? `, you have ${lower(skillLevelLabels[g.held])}` : ''})`)
            .join(', ')}
      .
      {step.metrics.length > 0 && (
        <>
          <br />
          Judged on: {step.metrics.join(', ')}.
        </>
      )}
    </>
  );
}
