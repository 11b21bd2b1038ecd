import { NextSkillList } from '@/components/match/next-skills';
import { OccupationCodesSection } from '@/components/occupation/occupation-codes-section';
import { PrintAddress } from '@/components/role/print-address';
import { DetailSection, EmptyNote } from '@/components/ui/detail-section';
import Link from '@/components/ui/link';
import { SuggestionMark } from '@/components/ui/provenance';
import { mutedTextClass } from '@/components/ui/styles';
import type { BackgroundGuide } from '@/lib/background-guide';
import { levelLabels, skillLevelLabels } from '@/lib/labels';
import { BackgroundHeader } from './background-header';

function list(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

export function BackgroundDetail({ guide }: { guide: BackgroundGuide }) {
  const { background, carriesOver, applyFirst, learnNext, nearby, matchHref } = guide;
  const skillNames = new Map(carriesOver.map((s) => [s.skill, s.name]));
  return (
    <article className="flex flex-col gap-10 print:gap-3">
      <BackgroundHeader background={background} matchHref={matchHref} />

      <DetailSection
        id="carries-over"
        title="What carries over"
        intro="The skills this job builds, at the level someone who has done it a while holds. In the match you can change any level or take a skill off."
      >
        <ul className="grid max-w-3xl gap-4 print:gap-1">
          {carriesOver.map((skill) => (
            <li key={skill.skill}>
              <p>
                <Link href={`/skills/${skill.skill}`} className="font-semibold">
                  {skill.name}
                </Link>
                : {skillLevelLabels[skill.level].toLowerCase()}
              </p>
              <p className={`mt-1 ${mutedTextClass}`}>Why: {skill.reason}</p>
              {skill.quote && (
                <p className={`mt-1 text-sm ${mutedTextClass}`} data-source="article">
                  From the article: <q className="italic">{skill.quote}</q>
                </p>
              )}
            </li>
          ))}
        </ul>
      </DetailSection>

      {background.duties.length > 0 && (
        <DetailSection id="duties" title="In plain words" intro="What the job involves, and the skills each part of it builds.">
          <ul className="grid max-w-3xl list-disc gap-2 pl-6 print:gap-0">
            {background.duties.map((duty) => (
              <li key={duty.text}>
                {duty.text} <span className={mutedTextClass}>(builds {list(duty.builds.map((slug) => (skillNames.get(slug) ?? slug).toLowerCase()))})</span>
              </li>
            ))}
          </ul>
        </DetailSection>
      )}

      <DetailSection
        id="apply-first"
        title="Roles to apply for first"
        intro={
          <>
            What the match advises with this job’s skills alone. A past job is not a BPO role held, so it opens entry roles, where BPO careers start: the
            article says <q className="italic">BPO roles are often entry-level</q>, and that they lead further.
          </>
        }
      >
        {applyFirst.length === 0 ? (
          <EmptyNote>No role is open on this job’s skills alone yet; the next skills below open the first ones.</EmptyNote>
        ) : (
          <ol className="grid max-w-3xl list-decimal gap-4 pl-6 marker:font-semibold print:gap-1">
            {applyFirst.map((role) => (
              <li key={role.slug} className="pl-1">
                <p>
                  <Link href={`/roles/${role.slug}`} className="font-semibold">
                    {role.title}
                  </Link>{' '}
                  <span className={mutedTextClass}>
                    ({levelLabels[role.level].toLowerCase()}, match {role.score} out of 100)
                  </span>
                </p>
                <p className="mt-1">
                  Hired for {list(role.hiredForAndHeld.map((n) => n.toLowerCase()))}, which this job builds
                  {role.hiredForAndMissing.length > 0 ? `; still to build: ${list(role.hiredForAndMissing.map((n) => n.toLowerCase()))}` : ''}.
                </p>
                {role.entryPointReason && (
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                    <SuggestionMark /> Above entry level: {role.entryPointReason}.
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
        <p className="mt-4" data-print="hide">
          <a href={matchHref}>See every role in your match</a>, with the roles to grow into and the route to each.
        </p>
      </DetailSection>

      <DetailSection
        id="learn-next"
        title="What to learn next"
        intro={`The skills that would raise your match furthest with the roles this job opens or leads to in one move (${list(nearby.map((r) => r.title))}), learnt to a working level.`}
      >
        {learnNext.length === 0 ? (
          <EmptyNote>This job builds every skill those roles list; raising the levels is the next step.</EmptyNote>
        ) : (
          <NextSkillList next={learnNext} />
        )}
      </DetailSection>

      <OccupationCodesSection codes={background.occupations} job="this job" />
      <PrintAddress path={`/backgrounds/${background.slug}`} />
    </article>
  );
}
