import Link from '@/components/ui/link';
import type { MouseEvent } from 'react';
import { levelLabels, skillLevelLabels } from '@/lib/labels';
import { strongMatchScore, type RoleMatch, type SkillContribution } from '@/lib/match';
import { mutedTextClass, panelClass } from './styles';

/** Every role, best fit first, with its score and the per-skill points that make it up. */
export function MatchResults({
  ranking,
  targetHref,
  onTarget,
}: {
  ranking: readonly RoleMatch[];
  targetHref: (slug: string) => string;
  /** Present once JavaScript runs: shows the gap in place instead of following the link. */
  onTarget?: (slug: string) => void;
}) {
  const top = ranking.slice(0, 3).map((m) => m.slug);
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="results-heading" className="text-2xl font-semibold">
          Roles that fit your skills
        </h2>
        {top.length >= 2 && <Link href={`/compare?roles=${top.join(',')}`}>Compare top {top.length}</Link>}
      </div>
      <p className={`mt-1 ${mutedTextClass}`}>
        Scores run from 0 to 100; {strongMatchScore} or more is a strong match. Skills the role is known for, and the seven
        core skills, count more.
      </p>
      <ol className="mt-4 space-y-4">
        {ranking.map((match, index) => (
          <li key={match.slug} className={panelClass}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-4">
              <h3 className="text-lg font-semibold">
                <span className="sr-only">{index + 1}. </span>
                <Link href={`/roles/${match.slug}`}>{match.title}</Link>
              </h3>
              <p className={`text-sm ${mutedTextClass}`}>{levelLabels[match.level]}</p>
            </div>
            <ScoreBar score={match.score} />
            <SkillLists match={match} />
            <details className="mt-2">
              <summary className="cursor-pointer font-medium">How this score is worked out</summary>
              <ScoreTable match={match} />
            </details>
            <p className="mt-2">
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
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ScoreBar({ score }: { score: number }) {
  return (
    <div className="mt-2 flex items-center gap-3">
      <p className="shrink-0 font-semibold">
        Match: {score} out of 100{score >= strongMatchScore ? ' (strong match)' : ''}
      </p>
      <div aria-hidden="true" className="h-2 w-full max-w-48 overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
        <div className="h-full bg-brand-600 dark:bg-sky-300" style={{ width: `${score}%` }} />
      </div>
    </div>
  );
}

export function heldVersusNeeded(c: SkillContribution): string {
  if (c.held === undefined) return `${skillLevelLabels[c.needed].toLowerCase()} needed`;
  if (c.earned === c.possible) return `${skillLevelLabels[c.held].toLowerCase()}, meets the ${skillLevelLabels[c.needed].toLowerCase()} needed`;
  return `${skillLevelLabels[c.held].toLowerCase()}, ${skillLevelLabels[c.needed].toLowerCase()} needed`;
}

function SkillLists({ match }: { match: RoleMatch }) {
  return (
    <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
      <dt className="font-semibold">You have</dt>
      <dd>{match.matched.length ? match.matched.map((c) => `${c.name} (${heldVersusNeeded(c)})`).join(', ') : 'None of its skills yet'}</dd>
      <dt className="font-semibold">Missing</dt>
      <dd>{match.missing.length ? match.missing.map((c) => c.name).join(', ') : 'Nothing: you have every skill it needs'}</dd>
    </dl>
  );
}

/** The score's arithmetic, skill by skill: the same numbers the ranking used. */
export function ScoreTable({ match }: { match: RoleMatch }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">How the {match.title} score is worked out</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-1 pr-3">Skill</th>
            <th scope="col" className="py-1 pr-3">Needed</th>
            <th scope="col" className="py-1 pr-3">You have</th>
            <th scope="col" className="py-1 pr-3">Counts</th>
            <th scope="col" className="py-1">Points</th>
          </tr>
        </thead>
        <tbody>
          {match.contributions.map((c) => (
            <tr key={c.skill} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1 pr-3 font-normal">{c.name}</th>
              <td className="py-1 pr-3">{skillLevelLabels[c.needed]}</td>
              <td className="py-1 pr-3">{c.held ? skillLevelLabels[c.held] : 'Not yet'}</td>
              <td className="py-1 pr-3">{weightReason(c)}</td>
              <td className="py-1">
                {c.earned} of {c.possible}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4} className="py-1 pr-3 text-right">
              Total: {match.earned} of {match.possible} points, so 100 × {match.earned} ÷ {match.possible}, rounded down
            </th>
            <td className="py-1 font-semibold">{match.score}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function weightReason(c: SkillContribution): string {
  const reasons = [c.key && 'known for the role', c.core && 'core skill'].filter(Boolean);
  return `×${c.weight}${reasons.length ? ` (${reasons.join(', ')})` : ''}`;
}
