import Link from '@/components/ui/link';
import { pathsHref } from '@/lib/params/paths';
import { SuggestionMark } from '@/components/ui/provenance';
import { Fragment, type MouseEvent } from 'react';
import { levelLabels, moveKindLabels, nameList, skillLevelLabels } from '@/lib/labels';
import { strongMatchScore, type ApplyOption, type GrowOption, type RoleMatch, type SkillContribution } from '@/lib/match';
import type { RouteStop } from '@/lib/match-view';
import { mutedTextClass, panelClass } from '@/components/ui/styles';
import { fromYourWorkAs } from '@/lib/backgrounds';

/** Grow-into roles shown in full; the rest are one line each, so the page stays light. */
const growCardsShown = 5;

interface Targeting {
  targetHref: (slug: string) => string;
  /** Present once JavaScript runs: shows the gap in place instead of following the link. */
  onTarget?: ((slug: string) => void) | undefined;
  titleOf: (slug: string) => string;
  /** Roles whose duties the person ticked: said on their cards, never counted as a role held. */
  workDone?: readonly string[] | undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The role the person has now: labelled, never ranked. */
export function CurrentRole({ match }: { match: RoleMatch }) {
  return (
    <p className={`${panelClass} mt-4`}>
      <span className="font-semibold">Your current role:</span> <Link href={`/roles/${match.slug}`}>{match.title}</Link>. Its skills count as yours, and the
      moves from it are listed below.
    </p>
  );
}

export function ApplyNowList({
  options,
  backgroundTitle = (slug) => slug,
  ...targeting
}: { options: readonly ApplyOption[]; backgroundTitle?: (slug: string) => string } & Targeting) {
  return (
    <section aria-labelledby="apply-heading" className="mt-6">
      <h2 id="apply-heading" className="text-2xl font-semibold">
        You could apply now
      </h2>
      <p className={`mt-1 text-sm ${mutedTextClass}`}>
        Entry-level roles where you have most of what the role is hired for, and the moves from the role you hold, on its rung or one up, where you have some of
        it; a job you had before BPO opens entry roles, and the few roles above them this guide marks as its suggestion. Best fit first. Scores run from 0 to
        100: half for what the role is hired for, half for its other skills; {strongMatchScore} or more with all of the first half is a strong match.
      </p>
      {options.length === 0 ? (
        <p className={`mt-3 ${panelClass}`}>
          None yet: you do not yet have most of what an entry role is hired for, or some of what a move from your role asks. The roles to grow into below say
          what each one is hired for.
        </p>
      ) : (
        <ol className="mt-3 space-y-3">
          {options.map((option, index) => (
            <li key={option.slug} className={panelClass}>
              <RoleHeading
                match={option}
                index={index}
                note={
                  option.via
                    ? `${lowerFirst(moveKindLabels[option.via.kind])} from ${targeting.titleOf(option.via.role)}`
                    : option.entryPoint
                      ? `open to you ${fromYourWorkAs(backgroundTitle(option.entryPoint.background))}`
                      : undefined
                }
                suggested={option.via?.suggested ?? (option.entryPoint ? true : undefined)}
              />
              {option.entryPoint && <p className="mt-1 text-sm">Why this guide suggests it: {option.entryPoint.reason}</p>}
              <WorkDoneNote slug={option.slug} workDone={targeting.workDone} />
              <MatchDetails match={option} {...targeting} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function GrowIntoList({
  options,
  stopsOf,
  ...targeting
}: { options: readonly GrowOption[]; stopsOf: (route: readonly string[]) => RouteStop[] } & Targeting) {
  const cards = options.slice(0, growCardsShown);
  const more = options.slice(growCardsShown);
  return (
    <section aria-labelledby="grow-heading" className="mt-8">
      <h2 id="grow-heading" className="text-2xl font-semibold">
        Roles to grow into
      </h2>
      <p className={`mt-1 text-sm ${mutedTextClass}`}>Nearest first: the fewest moves from where you stand, then the best fit, each with its route.</p>
      <ol className="mt-3 space-y-3">
        {cards.map((option, index) => (
          <li key={option.slug} className={panelClass}>
            <RoleHeading match={option} index={index} />
            <WorkDoneNote slug={option.slug} workDone={targeting.workDone} />
            <RouteLine option={option} stops={stopsOf(option.route)} />
            <MatchDetails match={option} {...targeting} />
          </li>
        ))}
      </ol>
      {more.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Further off</h3>
          <ol className="mt-1 list-decimal space-y-1 pl-6" start={growCardsShown + 1}>
            {more.map((option) => (
              <li key={option.slug}>
                <Link href={`/roles/${option.slug}`}>{option.title}</Link>{' '}
                <span className={mutedTextClass}>
                  ({routeSummary(option)}, match {option.score})
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Ticked duties are work done, not a role held: say so plainly on the role's card. */
function WorkDoneNote({ slug, workDone }: { slug: string; workDone?: readonly string[] | undefined }) {
  if (!workDone?.includes(slug)) return null;
  return <p className="mt-1 text-sm">You have done part of this role’s work (the duties you ticked).</p>;
}

function RoleHeading({ match, index, note, suggested }: { match: RoleMatch; index: number; note?: string | undefined; suggested?: true | undefined }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4">
      <h3 className="text-lg font-semibold">
        <span className="sr-only">{`${index + 1}. `}</span>
        <Link href={`/roles/${match.slug}`}>{match.title}</Link>
      </h3>
      <p className={`text-sm ${mutedTextClass}`}>
        {`${levelLabels[match.level]}${note ? `, ${note}` : ''} `}
        {suggested && <SuggestionMark />}
      </p>
    </div>
  );
}

export function routeSummary(option: GrowOption): string {
  const moves = option.moves === 0 ? 'apply once you have most of what it is hired for' : option.moves === 1 ? 'one move' : `${option.moves} moves`;
  return option.tier === 2 && option.moves > 0 ? `${moves}, starting as an entry role you would first qualify for` : moves;
}

/** The route as role names; a move this guide suggests carries the mark after the role it leads into. */
function RouteLine({ option, stops }: { option: GrowOption; stops: readonly RouteStop[] }) {
  if (option.route.length < 2) return <p className="mt-1 text-sm">{routeSummary(option)}</p>;
  const start = option.route[0]!;
  return (
    <p className="mt-1 text-sm">
      {stops.map((stop, index) => (
        <Fragment key={stop.slug}>
          {index > 0 && ' → '}
          {stop.title}
          {stop.suggested && (
            <>
              {' '}
              <SuggestionMark />
            </>
          )}
        </Fragment>
      ))}{' '}
      ({routeSummary(option)}). <Link href={pathsHref({ from: start, to: option.slug })}>Plan this route</Link>
    </p>
  );
}

function MatchDetails({ match, targetHref, onTarget }: { match: RoleMatch } & Targeting) {
  const definingHeld = match.contributions.filter((c) => c.defining && c.held !== undefined);
  const toBuild = match.missing.filter((c) => !c.defining);
  return (
    <>
      <ScoreBar score={match.score} strong={match.strong} />
      {match.missingDefining.length > 0 ? (
        <p className="mt-1 font-medium">{`Missing what this role is hired for: ${nameList(match.missingDefining)}`}</p>
      ) : null}
      {definingHeld.length > 0 && <p className="mt-1 text-sm">{`Hired for, and you have it: ${nameList(definingHeld)}`}</p>}
      {toBuild.length > 0 && <p className={`mt-1 text-sm ${mutedTextClass}`}>{`Still to build: ${nameList(toBuild)}`}</p>}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium">How this score is worked out</summary>
        <ScoreExplanation match={match} />
      </details>
      <p className="mt-1 text-sm">
        <a
          href={targetHref(match.slug)}
          onClick={
            onTarget &&
            ((event: MouseEvent) => {
              event.preventDefault();
              onTarget(match.slug);
            })
          }
        >
          See your gap to {match.title}
        </a>
      </p>
    </>
  );
}

export function ScoreBar({ score, strong }: { score: number; strong: boolean }) {
  return (
    <div className="mt-2 flex items-center gap-3">
      <p className="shrink-0 font-semibold">{`Match: ${score} out of 100${strong ? ' (strong match)' : ''}`}</p>
      <div aria-hidden="true" className="h-2 w-full max-w-48 overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
        <div className="h-full bg-brand-600 dark:bg-sky-300" style={{ width: `${score}%` }} />
      </div>
    </div>
  );
}

/** Whose a level needed is, where it departs from the level rule (the rule's levels go unmarked). */
const neededFromLabels = { rule: '', article: ' (the article’s level)', guide: ' (this guide’s level)' } as const;

export function heldVersusNeeded(c: SkillContribution): string {
  const needed = `${skillLevelLabels[c.needed].toLowerCase()} needed${neededFromLabels[c.neededFrom]}`;
  if (c.held === undefined) return needed;
  if (c.earned === c.possible) return `${skillLevelLabels[c.held].toLowerCase()}, meets the ${needed}`;
  return `${skillLevelLabels[c.held].toLowerCase()}, ${needed}`;
}

function weightReason(c: SkillContribution): string {
  const reasons = [c.key && 'key to the role', c.core && 'core skill'].filter(Boolean);
  return `×${c.weight}${reasons.length ? `, ${reasons.join(', ')}` : ''}`;
}

/** The score's arithmetic, skill by skill: the same numbers the ranking used, in its two halves. */
function ScoreExplanation({ match }: { match: RoleMatch }) {
  const { defining, other } = match;
  const sum =
    other.possible === 0
      ? `100 × ${defining.earned} ÷ ${defining.possible}`
      : `50 × ${defining.earned} ÷ ${defining.possible} + 50 × ${other.earned} ÷ ${other.possible}`;
  return (
    <div className="mt-1 text-sm">
      {(['defining', 'other'] as const).map((half) => {
        const rows = match.contributions.filter((c) => c.defining === (half === 'defining'));
        if (rows.length === 0) return null;
        const part = match[half];
        return (
          <div key={half}>
            <p className="mt-1 font-medium">
              {`${half === 'defining' ? 'What it is hired for' : 'Its other skills'}: ${part.earned} of ${part.possible} points`}
            </p>
            <ul className="list-disc pl-5">
              {rows.map((c) => (
                // One text node per line: the server's HTML then carries no separators between its parts.
                <li key={c.skill}>{`${c.name} (${heldVersusNeeded(c)}; ${weightReason(c)}): ${c.earned} of ${c.possible}`}</li>
              ))}
            </ul>
          </div>
        );
      })}
      <p className="mt-1">
        {`Score: ${sum}, rounded down = `}
        <strong>{match.score}</strong>
      </p>
      <p className="mt-1">
        Levels needed follow <a href="/about#skill-levels">one rule</a>; a level marked as the article’s or this guide’s departs from it, and the role page says
        why.
      </p>
    </div>
  );
}
