import Link from '@/components/ui/link';
import { SourceRow, SuggestionMark } from '@/components/ui/provenance';
import { isEditorial } from '@/lib/content/editorial';
import type { Content } from '@/lib/content/schemas';
import { findSkill, findTerm } from '@/lib/content/lookups';
import type { MoveOut } from '@/lib/growth';
import { moveKindLabels, skillLevelLabels } from '@/lib/labels';
import { Badge } from '@/components/ui/badge';
import { MetricName } from './metric-name';
import { mutedTextClass } from '@/components/ui/styles';

/** One move out of a role: where it leads, what it takes, and what to learn and master first. */
export function GrowthStepCard({ step, content }: { step: MoveOut; content: Content }) {
  return (
    <article className="rounded-xl border border-slate-200 p-5 dark:border-slate-700 print:rounded-none print:border-0 print:border-l-2 print:py-0 print:pr-0 print:pl-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h3 className="text-xl font-semibold print:text-base">
          <Link href={`/roles/${step.target.slug}`}>{step.target.title}</Link>
        </h3>
        <Badge tone="move">{moveKindLabels[step.kind]}</Badge>
        {isEditorial(step.source) && <SuggestionMark />}
      </div>
      <dl className="mt-4 grid gap-4 print:mt-0 print:gap-0">
        <div>
          <dt className="font-semibold print:inline print:after:content-[':_']">What the step takes</dt>
          <dd className={`mt-1 print:mt-0 print:inline ${mutedTextClass}`}>{step.takes}</dd>
        </div>
        <SourceRow source={step.source} />
        <div>
          <dt className="font-semibold print:inline print:after:content-[':_']">Skills to gain</dt>
          <dd className="mt-1 print:mt-0 print:inline">
            {step.skillsToGain.length === 0 ? (
              <span className={mutedTextClass}>No new skills: everything that role asks for, this one already does.</span>
            ) : (
              <ul data-print-links="plain" className="flex flex-wrap gap-x-4 gap-y-1 print:inline">
                {step.skillsToGain.map((gap) => (
                  <li key={gap.skill} className="print:inline print:after:content-[';_'] print:last:after:content-none">
                    <Link href={`/skills/${gap.skill}`}>{findSkill(content, gap.skill)?.name ?? gap.skill}</Link>{' '}
                    <span className={`text-sm ${mutedTextClass} print:text-xs`}>
                      {gap.held ? `(${skillLevelLabels[gap.held]} → ${skillLevelLabels[gap.level]})` : `(new, ${skillLevelLabels[gap.level].toLowerCase()})`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {/* On paper an empty row only costs space. */}
        <div className={step.metricsToMaster.length === 0 ? 'print:hidden' : undefined}>
          <dt className="font-semibold print:inline print:after:content-[':_']">Metrics to master before the move</dt>
          <dd className="mt-1 print:mt-0 print:inline">
            {step.metricsToMaster.length === 0 ? (
              <span className={mutedTextClass}>Neither the article nor this guide ties metrics to that role.</span>
            ) : (
              <ul data-print-links="plain" className="flex flex-wrap gap-x-4 gap-y-1 print:inline">
                {step.metricsToMaster.map((slug) => (
                  <li key={slug} className="print:inline print:after:content-[';_'] print:last:after:content-none">
                    <MetricName slug={slug} term={findTerm(content, slug)} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {/* On screen only: the printed handout keeps to two pages, and the next role's own page has these. */}
        {step.leadsOn.length > 0 && (
          <div className="print:hidden">
            <dt className="font-semibold">Where it leads next</dt>
            <dd className="mt-1">
              <ul data-leads-on="" className="flex flex-wrap gap-x-4 gap-y-1">
                {step.leadsOn.map((next) => (
                  <li key={next.slug}>
                    <Link href={`/roles/${next.slug}`}>{next.title}</Link>{' '}
                    <span className={`text-sm ${mutedTextClass}`}>({moveKindLabels[next.kind].toLowerCase()})</span>
                    {isEditorial(next.source) && (
                      <>
                        {' '}
                        <SuggestionMark />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
